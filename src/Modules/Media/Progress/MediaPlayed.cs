using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Modules.Media.Progress;

/// <summary>
/// A member's play of a podcast episode or video reached a position. Research sees it as a "played"
/// interaction of the organisation with the item's topics (the media item stands where an offering would).
/// </summary>
internal sealed record MediaPlayed(
    Guid ProgressId, Guid AccountId, Guid OrganisationId, Guid ItemId, string ItemType, IReadOnlyList<string> Topics,
    int PositionSeconds, double SharePlayed, string? IdempotencyKey, DateTimeOffset At) : IInteractionEvent
{
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, ItemId, ItemType, InteractionKinds.Played, At);
}
