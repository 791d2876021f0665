using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Maturity.Reminders;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Decisions;

/// <summary>When the next round is due: counted from the first offering completed after the latest round.</summary>
public sealed class FollowUpTests
{
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly DateTimeOffset Day0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Delay = TimeSpan.FromDays(90);

    [Fact]
    public void Given_T0_When_an_offering_is_completed_Then_T1_is_due_the_delay_after_the_completion_not_after_the_round()
    {
        var followUp = MaturityFollowUpProjection.Apply(Completed(Day0.AddDays(10)), MaturityFollowUpProjection.Create(Round(0, Day0)));
        followUp = MaturityFollowUpProjection.Apply(Completed(Day0.AddDays(40)), followUp);

        Assert.Equal(1, followUp.NextRound);
        Assert.False(followUp.IsDue(Delay, Day0.AddDays(99)));
        Assert.True(followUp.IsDue(Delay, Day0.AddDays(100)));
    }

    [Fact]
    public void Given_only_a_round_and_no_completed_offering_Then_no_prompt_is_ever_due()
    {
        var followUp = MaturityFollowUpProjection.Create(Round(0, Day0));

        Assert.False(followUp.IsDue(Delay, Day0.AddYears(3)));
    }

    [Fact]
    public void A_completion_from_before_the_latest_round_does_not_start_the_clock_and_a_new_round_stops_it()
    {
        var followUp = MaturityFollowUpProjection.Apply(Completed(Day0.AddDays(5)), MaturityFollowUpProjection.Create(Round(0, Day0)));
        followUp = MaturityFollowUpProjection.Apply(Round(1, Day0.AddDays(20)), followUp);
        var late = MaturityFollowUpProjection.Apply(Completed(Day0.AddDays(19)), followUp);

        Assert.Equal(2, followUp.NextRound);
        Assert.False(followUp.IsDue(Delay, Day0.AddYears(1)));
        Assert.False(late.IsDue(Delay, Day0.AddYears(1)));
    }

    [Fact]
    public void A_sent_prompt_is_not_due_again_until_the_next_round_and_the_next_completion()
    {
        var followUp = MaturityFollowUpProjection.Apply(Completed(Day0.AddDays(1)), MaturityFollowUpProjection.Create(Round(0, Day0)));
        followUp = MaturityFollowUpProjection.Apply(new MaturityPromptSent(Organisation, 1, Day0.AddDays(91)), followUp);
        Assert.False(followUp.IsDue(Delay, Day0.AddDays(200)));

        followUp = MaturityFollowUpProjection.Apply(Round(1, Day0.AddDays(210)), followUp);
        followUp = MaturityFollowUpProjection.Apply(Completed(Day0.AddDays(220)), followUp);

        Assert.True(followUp.IsDue(Delay, Day0.AddDays(310)));
        Assert.Equal(2, followUp.NextRound);
    }

    [Fact]
    public void Offerings_completed_before_any_check_prompt_the_first_round()
    {
        var followUp = MaturityFollowUpProjection.Create(Completed(Day0));

        Assert.Equal(0, followUp.NextRound);
        Assert.True(followUp.IsDue(Delay, Day0 + Delay));
    }

    private static ParticipationCompleted Completed(DateTimeOffset at) =>
        new(Guid.NewGuid(), null, Guid.NewGuid(), "experience-tour", ["daten"], Organisation, at);

    private static MaturityCheckCompleted Round(int round, DateTimeOffset at) => new(
        Organisation, Guid.NewGuid(), 1, round, new Dictionary<string, int>(), new Dictionary<string, double>(), 40, MaturityLevel.Entdecker,
        new Dictionary<string, double>(), false, at);
}
