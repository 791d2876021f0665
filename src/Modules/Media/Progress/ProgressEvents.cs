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

/// <summary>A member played an item to its end (first time only).</summary>
internal sealed record MediaCompleted(
    Guid ProgressId, Guid AccountId, Guid OrganisationId, Guid ItemId, string ItemType, IReadOnlyList<string> Topics,
    int PositionSeconds, double SharePlayed, string? IdempotencyKey, DateTimeOffset At) : IInteractionEvent
{
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, ItemId, ItemType, InteractionKinds.Completed, At);
}

/// <summary>Someone not signed in started an item; nothing about who.</summary>
internal sealed record AnonymousPlayCounted(Guid ItemId, DateTimeOffset At);
