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
