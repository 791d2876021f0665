using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.FollowUp;

namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>Complete <paramref name="Phase"/>; whether an as-is canvas exists is a fact of the canvas stream, read by the endpoint.</summary>
internal sealed record CompletePhase(Phase Phase, bool HasAsIsCanvas, FollowUpDelay FollowUpDelay);

/// <summary>Go back to the earlier <paramref name="Phase"/>, for the recorded reason.</summary>
internal sealed record ReopenPhase(Phase Phase, string? Reason);

/// <summary>
/// The phase rules: phases run strictly in order, a phase is completed only with its required results, going
/// back reopens the phases from there on and is recorded. Completing the transfer finishes the sprint: the
/// participation is completed (public event) and the follow-up is scheduled.
/// </summary>
internal static class PhaseDecider
{
    public static Decision Complete(Engagement state, CompletePhase command, DateTimeOffset now)
    {
        if (state.Finished)
        {
            return Refusal.Conflict("sprints.phases-finished");
        }
        if (command.Phase != state.CurrentPhase)
        {
            var (phase, current) = (PhaseWords.Arg(PhaseWords.Name(command.Phase)), PhaseWords.Arg(PhaseWords.Name(state.CurrentPhase)));
            return state.CompletedPhases.Contains(command.Phase)
                ? Refusal.Conflict("sprints.phase-already-completed", TextArgs.Of(("phase", phase)))
                : Refusal.Conflict("sprints.phases-in-order", TextArgs.Of(("current", current), ("phase", phase)));
        }
        var missing = MissingResults(state, command.Phase, command.HasAsIsCanvas).Select(PhaseWords.Result).ToList();
        if (missing.Count > 0)
        {
            var list = new LocalizedText(string.Join(", ", missing.Select(m => m.De)), string.Join(", ", missing.Select(m => m.En)));
            return Refusal.Conflict("sprints.phase-lacks-results",
                TextArgs.Of(("phase", PhaseWords.Arg(PhaseWords.Name(command.Phase))), ("missing", PhaseWords.Arg(list))));
        }
        var completed = new PhaseCompleted(state.Id, command.Phase, state.OrganisationId, state.OfferingId, state.Topics, now);
        return command.Phase != Phase.Transfer
            ? Decision.Accept(completed)
            : Decision.Accept(
                completed,
                new ParticipationCompleted(state.Id, null, state.OfferingId, SprintOfferingType.Key, state.Topics, state.OrganisationId, now),
                new FollowUpScheduled(state.Id, command.FollowUpDelay.DueAfter(now)));
    }

    public static Decision Reopen(Engagement state, ReopenPhase command, DateTimeOffset now)
    {
        if (state.Finished)
        {
            return Refusal.Conflict("sprints.phases-finished");
        }
        if (command.Phase >= state.CurrentPhase)
        {
            return Refusal.Conflict("sprints.phase-reopen-earlier-only",
                TextArgs.Of(("current", PhaseWords.Arg(PhaseWords.Name(state.CurrentPhase)))));
        }
        return Decision.Accept(new PhaseReopened(state.Id, state.CurrentPhase, command.Phase, command.Reason, now));
    }

    /// <summary>The required results a phase still lacks, as field-like names.</summary>
    public static IReadOnlyList<string> MissingResults(Engagement state, Phase phase, bool hasAsIsCanvas)
    {
        var missing = new List<string>();
        switch (phase)
        {
            case Phase.Analysis:
                if (!hasAsIsCanvas)
                {
                    missing.Add("as-is canvas");
                }
                if (state.Challenges.Count == 0)
                {
                    missing.Add("main challenges");
                }
                break;
            case Phase.Synthesis when state.Insights.Count == 0:
                missing.Add("key insights");
                break;
            case Phase.Ideation when !state.Ideas.Any(i => i.Assessment is not null):
                missing.Add("an idea with an assessment of value, effort and risk");
                break;
            case Phase.Transfer when state.Roadmap.Count == 0:
                missing.Add("a roadmap of actions with owners and dates");
                break;
        }
        return missing;
    }
}
