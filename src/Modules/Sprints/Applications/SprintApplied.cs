namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>An SME applied for a sprint offering. Motivation, goals and availability are free text (masked on erasure).</summary>
internal sealed record SprintApplied(
    Guid ApplicationId, Guid OrganisationId, Guid OfferingId, IReadOnlyList<string> Topics, Guid AccountId,
    string Motivation, string Goals, string Availability, DateTimeOffset AppliedAt);
