using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.FollowUp;
using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Sprints.Tests.Decisions;

public sealed class PhaseDeciderTests
{
    private static Decision Complete(Engagement state, Phase phase, bool hasAsIsCanvas = true) =>
        PhaseDecider.Complete(state, new CompletePhase(phase, hasAsIsCanvas, FollowUpDelay.Default), Given.Now);

    /// <summary>A placeholder value of the refusal, in German or English.</summary>
    private static string Arg(Decision decision, string name, string language = "en") =>
        ((IFormattable)decision.Refused!.Args[name]!).ToString(null, CultureInfo.GetCultureInfo(language));

    [Fact]
    public void Given_a_new_sprint_When_a_later_phase_is_completed_Then_it_is_refused_as_skipping()
    {
        var state = Given.Started(Given.Challenges, Given.Insights, Given.IdeaAdded, Given.IdeaAssessed, Given.Action);

        foreach (var later in new[] { Phase.Synthesis, Phase.Ideation, Phase.Transfer })
        {
            var decision = Complete(state, later);
            Assert.Equal(RefusalKind.Conflict, decision.Refused?.Kind);
            Assert.Equal("sprints.phases-in-order", decision.Refused!.Code);
            Assert.Equal("Analysis", Arg(decision, "current"));
        }
    }

    [Fact]
    public void Given_the_analysis_When_the_canvas_or_the_challenges_are_missing_Then_it_cannot_be_completed()
    {
        var withoutCanvas = Complete(Given.Started(Given.Challenges), Phase.Analysis, hasAsIsCanvas: false);
        var withoutChallenges = Complete(Given.Started(), Phase.Analysis);

        Assert.Equal("sprints.phase-lacks-results", withoutCanvas.Refused!.Code);
        Assert.Contains("as-is canvas", Arg(withoutCanvas, "missing"));
        Assert.DoesNotContain("main challenges", Arg(withoutCanvas, "missing"));
        Assert.Contains("main challenges", Arg(withoutChallenges, "missing"));
        Assert.False(Complete(Given.Started(Given.Challenges), Phase.Analysis).IsRefused);
    }

    [Fact]
    public void Given_each_phase_Then_it_needs_its_own_required_results()
    {
        var synthesis = Complete(Given.In(Phase.Synthesis), Phase.Synthesis);
        Assert.Equal("sprints.phase-lacks-results", synthesis.Refused!.Code);
        Assert.Contains("key insights", Arg(synthesis, "missing"));
        Assert.Equal(("Synthese", "die zentralen Erkenntnisse"), (Arg(synthesis, "phase", "de"), Arg(synthesis, "missing", "de")));
        // An idea without assessment is not enough.
        var unassessed = EngagementEvolution.Evolve(Given.In(Phase.Ideation), Given.IdeaAdded with { IdeaId = Guid.NewGuid() });
        Assert.Contains("assessment", Arg(Complete(unassessed, Phase.Ideation), "missing"));
        Assert.Contains("roadmap", Arg(Complete(Given.In(Phase.Transfer), Phase.Transfer), "missing"));

        Assert.False(Complete(EngagementEvolution.Evolve(Given.In(Phase.Synthesis), Given.Insights), Phase.Synthesis).IsRefused);
        Assert.False(Complete(EngagementEvolution.Evolve(Given.In(Phase.Transfer), Given.Action), Phase.Transfer).IsRefused);
    }

    [Fact]
    public void Given_the_analysis_is_complete_When_the_synthesis_is_completed_Then_the_sprint_moves_on_and_research_sees_an_interaction()
    {
        var state = EngagementEvolution.Evolve(Given.In(Phase.Synthesis), Given.Insights);

        var decision = Complete(state, Phase.Synthesis);

        var completed = Assert.IsType<PhaseCompleted>(Assert.Single(decision.Events));
        IInteractionEvent interaction = completed;
        Assert.Equal(Given.Organisation, interaction.Interaction.OrganisationId);
        Assert.Equal("sprint", interaction.Interaction.OfferingType);
        Assert.Equal(["geschaeftsmodelle"], interaction.Interaction.Topics);
        var after = EngagementEvolution.Evolve(state, decision.Events);
        Assert.Equal(Phase.Ideation, after.CurrentPhase);
        Assert.Equal([Phase.Analysis, Phase.Synthesis], after.CompletedPhases);
    }

    [Fact]
    public void Given_a_completed_phase_When_it_is_completed_again_Then_it_is_refused()
    {
        var decision = Complete(Given.In(Phase.Ideation), Phase.Analysis);

        Assert.Equal("sprints.phase-already-completed", decision.Refused!.Code);
        // The German reason names the phase in German, not as the API writes it.
        Assert.Equal(("Analyse", "Analysis"), (Arg(decision, "phase", "de"), Arg(decision, "phase")));
        var skipping = Complete(Given.In(Phase.Ideation), Phase.Transfer);
        Assert.Equal("sprints.phases-in-order", skipping.Refused!.Code);
        Assert.Equal(("Ideenfindung", "Transfer"), (Arg(skipping, "current", "de"), Arg(skipping, "phase", "de")));
    }

    [Fact]
    public void Given_the_transfer_When_it_is_completed_Then_the_participation_completes_and_the_follow_up_is_due_three_months_later()
    {
        var state = EngagementEvolution.Evolve(Given.In(Phase.Transfer), Given.Action);

        var decision = Complete(state, Phase.Transfer);

        var participation = Assert.Single(decision.Events.OfType<ParticipationCompleted>());
        Assert.Equal(("sprint", Given.Id, Given.Organisation, Given.Offering),
            (participation.OfferingType, participation.ParticipationId, participation.OrganisationId, participation.OfferingId));
        Assert.Equal(Given.Now.AddMonths(3), Assert.Single(decision.Events.OfType<FollowUpScheduled>()).DueAt);
        var after = EngagementEvolution.Evolve(state, decision.Events);
        Assert.True(after.Finished);
        Assert.Equal(PhaseOrder.InOrder, after.CompletedPhases);
        Assert.Equal(RefusalKind.Conflict, Complete(after, Phase.Transfer).Refused?.Kind);
        Assert.Equal(RefusalKind.Conflict, PhaseDecider.Reopen(after, new ReopenPhase(Phase.Ideation, null), Given.Now).Refused?.Kind);
    }

    [Fact]
    public void Given_the_ideation_When_the_team_goes_back_to_the_analysis_Then_it_is_recorded_and_the_later_phases_must_be_completed_again()
    {
        var state = Given.In(Phase.Ideation);

        var decision = PhaseDecider.Reopen(state, new ReopenPhase(Phase.Analysis, "Neue Kundengruppe entdeckt"), Given.Now.AddDays(1));

        var reopened = Assert.IsType<PhaseReopened>(Assert.Single(decision.Events));
        Assert.Equal((Phase.Ideation, Phase.Analysis), (reopened.From, reopened.To));
        var after = EngagementEvolution.Evolve(state, decision.Events);
        Assert.Equal(Phase.Analysis, after.CurrentPhase);
        Assert.Empty(after.CompletedPhases);
        Assert.Equal(new PhaseChange(Phase.Analysis, "reopened", Given.Now.AddDays(1), "Neue Kundengruppe entdeckt"), after.PhaseHistory[^1]);
        Assert.Equal("Analysis", Arg(Complete(after, Phase.Synthesis), "current"));
        // The results stay: the analysis can be completed again right away.
        Assert.False(Complete(after, Phase.Analysis).IsRefused);
    }

    [Fact]
    public void Given_a_phase_When_the_current_or_a_later_phase_is_reopened_Then_it_is_refused()
    {
        var state = Given.In(Phase.Synthesis);

        Assert.Equal(RefusalKind.Conflict, PhaseDecider.Reopen(state, new ReopenPhase(Phase.Synthesis, null), Given.Now).Refused?.Kind);
        Assert.Equal(RefusalKind.Conflict, PhaseDecider.Reopen(state, new ReopenPhase(Phase.Transfer, null), Given.Now).Refused?.Kind);
    }

    [Fact]
    public void Given_an_idea_with_topics_Then_each_topic_is_a_need_signal_without_free_text()
    {
        var decision = ResultDecider.AddIdea(Given.Started(), Guid.NewGuid(), "Webshop", "B2B-Shop", ["e-commerce", "ki"], Given.Now);

        var needs = decision.Events.OfType<Kompetenzzentrum.Contracts.Maturity.NeedExpressed>().ToList();
        Assert.Equal(["e-commerce", "ki"], needs.Select(n => n.Topic));
        Assert.All(needs, n => Assert.Equal((Given.Organisation, "sprint"), (n.Interaction.OrganisationId, n.Interaction.OfferingType)));
    }
}
