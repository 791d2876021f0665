namespace Kompetenzzentrum.Modules.Organisations.Registry;

internal sealed record OrganisationRegistered(
    Guid OrganisationId,
    string Name,
    string Kind,
    string Industry,
    string SizeClass,
    string FederalState,
    string Postcode,
    Guid? RegisteredBy);

internal sealed record OrganisationDetailsChanged(
    Guid OrganisationId,
    string Name,
    string Kind,
    string Industry,
    string SizeClass,
    string FederalState,
    string Postcode);

internal sealed record MemberInvited(Guid OrganisationId, Guid InvitationId, string Email, string TokenHash, bool AsAdmin, DateTimeOffset ExpiresAt);

internal sealed record InvitationAccepted(Guid OrganisationId, Guid InvitationId, Guid AccountId);

internal sealed record MemberJoined(Guid OrganisationId, Guid AccountId, bool IsAdmin);

internal sealed record MemberRemoved(Guid OrganisationId, Guid AccountId);

/// <summary>An invitation's address was erased with the person it was for.</summary>
internal sealed record InvitationErased(Guid OrganisationId, Guid InvitationId);

/// <summary>The organisation's identifying data was erased; coarse attributes stay for research.</summary>
internal sealed record OrganisationErased(Guid OrganisationId, DateTimeOffset At);
