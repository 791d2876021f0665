using Kompetenzzentrum.Modules.Networking.Introductions;
using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Networking.Tests.Introductions;

public sealed class IntroductionDecisionTests
{
    private static readonly Guid Sme = Guid.NewGuid();
    private static readonly Guid Startup = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly ContactPerson Contact = new("Herr Start", "start@example.org", null);

    private static Introduction Given(params object[] events)
    {
        var state = IntroductionProjection.Create(new IntroductionProposed(Guid.NewGuid(), Sme, Startup, ["ki"], Now));
        return events.Aggregate(state, (s, e) => e switch
        {
            IntroductionAccepted a => IntroductionProjection.Apply(a, s),
            IntroductionDeclined d => IntroductionProjection.Apply(d, s),
            IntroductionMeetingHeld m => IntroductionProjection.Apply(m, s),
            IntroductionOutcomeRecorded o => IntroductionProjection.Apply(o, s),
            _ => throw new ArgumentException(e.GetType().Name),
        });
    }

    private static IntroductionAccepted Accepted(Guid side) => new(Guid.Empty, side, ["ki"], Now);

    private static readonly IntroductionMeetingHeld Met = new(Guid.Empty, Sme, new DateOnly(2026, 11, 20), Now);

    [Fact]
    public void Given_one_side_accepted_When_it_accepts_again_Then_nothing_happens()
    {
        var decision = IntroductionDecider.Accept(Given(Accepted(Sme)), Sme, Now);
        Assert.Empty(decision.Events);
        Assert.Null(decision.Refused);
    }

    [Fact]
    public void Given_only_one_side_accepted_Then_neither_sees_a_contact()
    {
        var state = Given(Accepted(Sme));

        var forSme = IntroductionView.For(state, Sme, "Start", Contact);

        Assert.Null(forSme.Contact);
        Assert.Equal("waiting-for-other-side", forSme.Status);
        Assert.Equal("awaiting-your-answer", IntroductionView.For(state, Startup, "Kmu", Contact).Status);
    }

    [Fact]
    public void Given_both_accepted_Then_each_sees_the_other_contact()
    {
        var state = Given(Accepted(Sme), Accepted(Startup));

        var view = IntroductionView.For(state, Sme, "Start", Contact);

        Assert.Equal(Contact, view.Contact);
        Assert.Equal("connected", view.Status);
    }

    [Fact]
    public void Given_the_startup_declined_after_the_sme_accepted_Then_the_sme_sees_closed_not_declined()
    {
        var state = Given(Accepted(Sme), new IntroductionDeclined(Guid.Empty, Startup, "kein Interesse", Now));

        Assert.Equal("closed", IntroductionView.For(state, Sme, "Start", Contact).Status);
        Assert.Equal("declined", IntroductionView.For(state, Startup, "Kmu", Contact).Status);
        Assert.NotNull(IntroductionDecider.Accept(state, Sme, Now).Refused);
    }

    [Fact]
    public void Given_both_accepted_When_one_declines_Then_it_is_refused()
    {
        var decision = IntroductionDecider.Decline(Given(Accepted(Sme), Accepted(Startup)), Sme, null, Now);
        Assert.NotNull(decision.Refused);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_not_yet_connected_or_not_yet_met_When_an_outcome_is_recorded_Then_it_is_refused_and_after_the_meeting_it_is_recorded()
    {
        Assert.NotNull(IntroductionDecider.RecordOutcome(Given(Accepted(Sme)), Sme, IntroductionOutcome.Pilot, null, Now).Refused);
        var connected = IntroductionDecider.RecordOutcome(Given(Accepted(Sme), Accepted(Startup)), Sme, IntroductionOutcome.Pilot, null, Now);
        Assert.Equal("networking.outcome-needs-meeting", connected.Refused?.Code);
        Assert.Empty(connected.Events);

        var decision = IntroductionDecider.RecordOutcome(Given(Accepted(Sme), Accepted(Startup), Met), Sme, IntroductionOutcome.Pilot,
            "Pilot im Lager", Now);

        var recorded = Assert.IsType<IntroductionOutcomeRecorded>(decision.Events[0]);
        Assert.Equal(IntroductionOutcome.Pilot, recorded.Outcome);
        Assert.NotNull(
            IntroductionDecider.RecordOutcome(Given(Accepted(Sme), Accepted(Startup), Met, recorded), Startup, IntroductionOutcome.Cooperation, null,
                Now).Refused);
    }

    [Fact]
    public void Given_a_side_accepts_Then_the_event_is_an_interaction_of_that_side_with_the_shared_topics()
    {
        var accepted = Assert.IsType<IntroductionAccepted>(Assert.Single(IntroductionDecider.Accept(Given(), Startup, Now).Events));

        Assert.Equal(Startup, accepted.Interaction.OrganisationId);
        Assert.Equal(["ki"], accepted.Interaction.Topics);
        Assert.Equal(Now, accepted.Interaction.OccurredAt);
    }

    [Fact]
    public void Given_a_proposal_and_an_outcome_Then_both_are_interactions_for_research_without_the_reason()
    {
        var proposed = new IntroductionProposed(Guid.NewGuid(), Sme, Startup, ["ki"], Now);
        Assert.Equal(Sme, proposed.Interaction.OrganisationId);
        Assert.Equal("introduction-proposed", proposed.Interaction.Kind);

        var met = Given(Accepted(Sme), Accepted(Startup), Met);
        var outcome = Assert.IsType<IntroductionOutcomeRecorded>(
            IntroductionDecider.RecordOutcome(met, Sme, IntroductionOutcome.NoFit, "zu teuer", Now).Events[0]);
        Assert.Equal("introduction-outcome-nofit", outcome.Interaction.Kind);
        Assert.Equal(["ki"], outcome.Interaction.Topics);
        Assert.DoesNotContain("zu teuer", outcome.Interaction.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_staff_withdraw_an_open_introduction_Then_both_sides_see_closed_exactly_as_after_a_decline()
    {
        var state = Given(Accepted(Sme));
        var withdrawn = Assert.IsType<IntroductionWithdrawn>(Assert.Single(IntroductionDecider.Withdraw(state, Now).Events));
        var afterWithdrawal = IntroductionProjection.Apply(withdrawn, state);
        var afterDecline = Given(Accepted(Sme), new IntroductionDeclined(Guid.Empty, Startup, null, Now));

        static object Seen(IntroductionView v) => (v.Status, v.YouAccepted, v.Contact, v.MeetingHeldOn, v.Outcome, v.OutcomeReason);
        Assert.Equal(Seen(IntroductionView.For(afterDecline, Sme, "Start", Contact)),
            Seen(IntroductionView.For(afterWithdrawal, Sme, "Start", Contact)));
        Assert.Equal("closed", IntroductionView.For(afterWithdrawal, Startup, "Kmu", Contact).Status);
        Assert.NotNull(IntroductionDecider.Withdraw(Given(Accepted(Sme), Accepted(Startup)), Now).Refused);
    }
}
