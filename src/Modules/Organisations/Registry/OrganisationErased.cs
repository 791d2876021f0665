namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>The organisation's identifying data was erased; coarse attributes stay for research.</summary>
internal sealed record OrganisationErased(Guid OrganisationId, DateTimeOffset At);
