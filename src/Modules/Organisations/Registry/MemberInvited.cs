namespace Kompetenzzentrum.Modules.Organisations.Registry;

internal sealed record MemberInvited(Guid OrganisationId, Guid InvitationId, string Email, string TokenHash, bool AsAdmin, DateTimeOffset ExpiresAt);
