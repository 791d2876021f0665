namespace Kompetenzzentrum.Modules.Consultations.Merges;

/// <summary>
/// Staff merged the consultation's organisation <paramref name="FromOrganisationId"/> into <paramref name="OrganisationId"/>:
/// from here on the consultation belongs to the survivor. On the consultation's own stream, so a rebuild lands there too.
/// </summary>
internal sealed record ConsultationMovedToOrganisation(Guid ConsultationId, Guid FromOrganisationId, Guid OrganisationId, DateTimeOffset MovedAt);
