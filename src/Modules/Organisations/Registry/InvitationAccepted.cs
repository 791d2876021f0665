namespace Kompetenzzentrum.Modules.Organisations.Registry;

internal sealed record InvitationAccepted(Guid OrganisationId, Guid InvitationId, Guid AccountId);
