namespace Kompetenzzentrum.Modules.Sprints.Merges;

/// <summary>
/// Staff merged organisation <paramref name="FromOrganisationId"/> into <paramref name="OrganisationId"/>: the engagement belongs
/// to the survivor from here on. On the engagement's stream, so a rebuild lands there too.
/// </summary>
internal sealed record EngagementMovedToOrganisation(Guid EngagementId, Guid FromOrganisationId, Guid OrganisationId, DateTimeOffset MovedAt);
