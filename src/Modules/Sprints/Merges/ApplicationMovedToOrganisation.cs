namespace Kompetenzzentrum.Modules.Sprints.Merges;

/// <summary>
/// Staff merged organisation <paramref name="FromOrganisationId"/> into <paramref name="OrganisationId"/>: the sprint application
/// belongs to the survivor from here on. On the application's stream, so a rebuild lands there too.
/// </summary>
internal sealed record ApplicationMovedToOrganisation(Guid ApplicationId, Guid FromOrganisationId, Guid OrganisationId, DateTimeOffset MovedAt);
