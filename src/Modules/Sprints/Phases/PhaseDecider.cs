using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Web;
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
            return Decision.Conflict("Der Sprint ist abgeschlossen; seine Phasen ändern sich nicht mehr.", "The sprint is finished; its phases cannot change any more.");
        }
        if (command.Phase != state.CurrentPhase)
        {
            var (phase, current) = (PhaseWords.Name(command.Phase), PhaseWords.Name(state.CurrentPhase));
            return state.CompletedPhases.Contains(command.Phase)
                ? Decision.Conflict($"Die Phase „{phase.De}“ ist bereits abgeschlossen.", $"The phase {phase.En} is already completed.")
                : Decision.Conflict($"Die Phasen laufen der Reihe nach: erst „{current.De}“ abschließen, dann „{phase.De}“.",
                    $"Phases run in order: complete {current.En} before {phase.En}.");
        }
        var missing = MissingResults(state, command.Phase, command.HasAsIsCanvas).Select(PhaseWords.Result).ToList();
        if (missing.Count > 0)
        {
            var name = PhaseWords.Name(command.Phase);
            return Decision.Conflict($"Die Phase „{name.De}“ kann noch nicht abgeschlossen werden. Es fehlt: {string.Join(", ", missing.Select(m => m.De))}.",
                $"The phase {name.En} lacks its required results: {string.Join(", ", missing.Select(m => m.En))}.");
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
            return Decision.Conflict("Der Sprint ist abgeschlossen; seine Phasen ändern sich nicht mehr.", "The sprint is finished; its phases cannot change any more.");
        }
        if (command.Phase >= state.CurrentPhase)
        {
            var current = PhaseWords.Name(state.CurrentPhase);
            return Decision.Conflict($"Nur eine Phase vor „{current.De}“ lässt sich wieder öffnen.", $"Only an earlier phase than {current.En} can be reopened.");
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
