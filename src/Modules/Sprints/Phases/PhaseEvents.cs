using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>A phase was completed with its required results. An interaction for research: ids and topics only.</summary>
internal sealed record PhaseCompleted(
    Guid EngagementId,
    Phase Phase,
    Guid OrganisationId,
    Guid OfferingId,
    IReadOnlyList<string> Topics,
    DateTimeOffset CompletedAt) : IInteractionEvent
{
    public const string Kind = "sprint-phase-completed";

    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, OfferingId, SprintOfferingType.Key, Kind, CompletedAt);
}

/// <summary>The team went back from one phase to an earlier one; the phases from there on are open again.</summary>
internal sealed record PhaseReopened(Guid EngagementId, Phase From, Phase To, string? Reason, DateTimeOffset At);

/// <summary>The main challenges found in the analysis (replaces the earlier list).</summary>
internal sealed record ChallengesRecorded(Guid EngagementId, IReadOnlyList<string> Challenges, DateTimeOffset At);

/// <summary>The key insights of the synthesis (replaces the earlier list).</summary>
internal sealed record InsightsRecorded(Guid EngagementId, IReadOnlyList<string> Insights, DateTimeOffset At);

/// <summary>An idea of the ideation phase, with the topics it is about.</summary>
internal sealed record IdeaAdded(Guid EngagementId, Guid IdeaId, string Title, string Description, IReadOnlyList<string> Topics, DateTimeOffset At);

/// <summary>An idea was assessed: value, effort and risk, each 1 (low) to 5 (high).</summary>
internal sealed record IdeaAssessed(Guid EngagementId, Guid IdeaId, int Value, int Effort, int Risk, DateTimeOffset At);

/// <summary>An idea was chosen for the transfer (or the choice withdrawn).</summary>
internal sealed record IdeaChosen(Guid EngagementId, Guid IdeaId, bool Chosen, DateTimeOffset At);

/// <summary>An action of the transfer roadmap, with who does it and by when.</summary>
internal sealed record RoadmapActionAdded(Guid EngagementId, Guid ActionId, string Title, string Owner, DateOnly DueOn, DateTimeOffset At);
