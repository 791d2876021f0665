using Kompetenzzentrum.Modules.Organisations.Maturity.Merges;
using Kompetenzzentrum.Modules.Organisations.Maturity.Reminders;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Decisions;

/// <summary>The survivor's check follow-up after a merge, from both records' follow-ups.</summary>
public sealed class FollowUpMergeTests
{
    private static readonly Guid Survivor = Guid.NewGuid();
    private static readonly DateTimeOffset Day0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_a_survivor_round_and_a_duplicate_completion_after_it_Then_the_completion_counts_for_the_next_of_both_rounds()
    {
        var survivor = new MaturityFollowUp(Survivor, 1, Day0, null, false);
        var duplicate = new MaturityFollowUp(Guid.NewGuid(), 1, Day0.AddDays(-20), Day0.AddDays(5), false);

        var merged = FollowUpMerge.Combine(Survivor, survivor, duplicate, rounds: 2);

        Assert.Equal(new MaturityFollowUp(Survivor, 2, Day0, Day0.AddDays(5), false), merged);
    }

    [Fact]
    public void Given_a_duplicate_completion_before_the_survivors_latest_round_Then_it_starts_no_clock()
    {
        var survivor = new MaturityFollowUp(Survivor, 1, Day0, null, false);
        var duplicate = new MaturityFollowUp(Guid.NewGuid(), 0, null, Day0.AddDays(-3), false);

        Assert.Null(FollowUpMerge.Combine(Survivor, survivor, duplicate, rounds: 1).FirstCompletedAt);
    }

    [Fact]
    public void Given_a_prompt_for_another_round_than_the_combined_next_Then_the_survivor_is_not_counted_as_prompted()
    {
        var duplicate = new MaturityFollowUp(Guid.NewGuid(), 1, Day0, Day0.AddDays(1), true);

        Assert.False(FollowUpMerge.Combine(Survivor, null, duplicate, rounds: 2).Prompted);
        Assert.True(FollowUpMerge.Combine(Survivor, null, duplicate, rounds: 1).Prompted);
    }
}
