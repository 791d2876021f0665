namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>An invitation's address was erased with the person it was for.</summary>
internal sealed record InvitationErased(Guid OrganisationId, Guid InvitationId);
