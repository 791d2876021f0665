namespace Kompetenzzentrum.Contracts.Organisations;

/// <summary>
/// Staff merged two records of the same organisation: <paramref name="DuplicateId"/> is now a tombstone pointing at
/// <paramref name="SurvivorId"/>, and everything kept under the duplicate's id belongs to the survivor. Appended to the
/// duplicate's stream. Modules that key data by organisation id move it in
/// <see cref="IOrganisationMergeParticipant.MergeAsync"/>; projections that must survive a rebuild handle this event.
/// </summary>
/// <param name="SurvivorId">The organisation that stays.</param>
/// <param name="DuplicateId">The organisation merged into it; it is never shown, booked or matched again.</param>
/// <param name="MergedAt">When staff merged them.</param>
public sealed record OrganisationsMerged(Guid SurvivorId, Guid DuplicateId, DateTimeOffset MergedAt);
