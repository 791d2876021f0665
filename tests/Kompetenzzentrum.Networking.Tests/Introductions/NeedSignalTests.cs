using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Networking.Introductions;

namespace Kompetenzzentrum.Networking.Tests.Introductions;

/// <summary>Proposals, acceptances and outcomes are interactions and need signals of the SME on the shared topics.</summary>
public sealed class NeedSignalTests
{
    private static readonly Guid Sme = Guid.NewGuid();
    private static readonly Guid Startup = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Topics = ["ki", "daten"];

    private static Introduction Proposed() => IntroductionProjection.Create(new IntroductionProposed(Guid.NewGuid(), Sme, Startup, Topics, Now));

    private static void AssertSignals(IEnumerable<object> events, double strength, string kind)
    {
        var needs = events.OfType<NeedExpressed>().ToList();
        Assert.Equal(Topics, needs.Select(n => n.Topic));
        Assert.All(needs, n =>
        {
            Assert.Equal(strength, n.Strength);
            Assert.Equal("networking", n.Source);
            Assert.Equal(Sme, n.Interaction.OrganisationId);
            Assert.Equal([n.Topic], n.Interaction.Topics);
            Assert.Equal(kind, n.Interaction.Kind);
            Assert.Equal(Now, n.Interaction.OccurredAt);
        });
    }

    [Fact]
    public void Given_a_proposal_Then_it_is_an_interaction_and_a_weak_need_signal_per_shared_topic()
    {
        var events = IntroductionDecider.Propose(Guid.NewGuid(), Sme, Startup, Topics, Now);

        Assert.IsType<IntroductionProposed>(events[0]);
        AssertSignals(events, IntroductionNeeds.Proposed, "introduction-proposed");
    }

    [Fact]
    public void Given_the_sme_accepts_Then_a_stronger_signal_and_a_startup_yes_raises_none()
    {
        var bySme = IntroductionDecider.Accept(Proposed(), Sme, Now).Events;
        var byStartup = IntroductionDecider.Accept(Proposed(), Startup, Now).Events;

        AssertSignals(bySme, IntroductionNeeds.SmeAccepted, "introduction-accepted");
        Assert.IsType<IntroductionAccepted>(Assert.Single(byStartup));
    }

    [Theory]
    [InlineData("Cooperation", 1.0)]
    [InlineData("Pilot", 0.8)]
    [InlineData("NoFit", 0.5)]
    public void Given_an_outcome_recorded_by_the_startup_Then_the_signal_is_still_the_smes_and_never_carries_the_reason(string name, double strength)
    {
        var outcome = Enum.Parse<IntroductionOutcome>(name);
        var state = Proposed() with { SmeAccepted = true, StartupAccepted = true, MeetingHeldOn = new DateOnly(2026, 11, 20) };

        var events = IntroductionDecider.RecordOutcome(state, Startup, outcome, "vertraulicher Grund", Now).Events;

        AssertSignals(events, strength, "introduction-outcome-" + outcome.ToString().ToLowerInvariant());
        Assert.All(events.OfType<NeedExpressed>(), n => Assert.DoesNotContain("vertraulich", n.ToString(), StringComparison.Ordinal));
    }
}
