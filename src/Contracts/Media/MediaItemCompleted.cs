namespace Kompetenzzentrum.Contracts.Media;

/// <summary>
/// A member of an organisation played a media item (a podcast episode, an explainer video) to its end or to at least
/// 90 %, for the first time. Raised once per member and item; the catalog completes the organisation's participation
/// in <paramref name="OfferingId"/> from it (once per organisation and offering), so feedback survey and maturity
/// follow-up start as after a workshop. Not an interaction itself: the media module records those on its own.
/// </summary>
/// <param name="ItemId">The episode or video.</param>
/// <param name="OfferingId">The catalog offering the item belongs to, or null when staff linked none.</param>
/// <param name="OrganisationId">The member's organisation.</param>
/// <param name="AccountId">The member's account (personal data: erased with the member's play progress).</param>
/// <param name="At">When the completing report arrived.</param>
public sealed record MediaItemCompleted(Guid ItemId, Guid? OfferingId, Guid OrganisationId, Guid AccountId, DateTimeOffset At);
