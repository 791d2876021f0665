using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Modules.Media.Progress;

/// <summary>A member played an item to its end (first time only).</summary>
internal sealed record MediaCompleted(
    Guid ProgressId, Guid AccountId, Guid OrganisationId, Guid ItemId, string ItemType, IReadOnlyList<string> Topics,
    int PositionSeconds, double SharePlayed, string? IdempotencyKey, DateTimeOffset At) : IInteractionEvent
{
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, ItemId, ItemType, InteractionKinds.Completed, At);
}
