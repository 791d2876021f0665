namespace Kompetenzzentrum.Modules.Networking.Merges;

/// <summary>
/// Staff merged the introduction's side <paramref name="FromOrganisationId"/> into <paramref name="OrganisationId"/>: the survivor
/// is that side from here on, with its acceptance, decline or outcome. On the introduction's stream, so a rebuild lands there too.
/// </summary>
internal sealed record IntroductionPartyMoved(Guid IntroductionId, Guid FromOrganisationId, Guid OrganisationId, DateTimeOffset At);
