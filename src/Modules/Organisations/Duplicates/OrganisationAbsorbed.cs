namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>
/// The survivor's side of a merge (the public <see cref="Contracts.Organisations.OrganisationsMerged"/> goes on the
/// duplicate's stream): it moves the survivor's version, so a merge is decided on the version staff looked at.
/// </summary>
internal sealed record OrganisationAbsorbed(Guid SurvivorId, Guid DuplicateId, Guid MergedBy, DateTimeOffset At);
