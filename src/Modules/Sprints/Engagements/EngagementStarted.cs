namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>An accepted application became an engagement; its stream id is its own (never the application's or the organisation's).</summary>
internal sealed record EngagementStarted(
    Guid EngagementId,
    Guid ApplicationId,
    Guid OrganisationId,
    Guid OfferingId,
    IReadOnlyList<string> Topics,
    DateOnly StartsOn,
    int Weeks,
    DateTimeOffset StartedAt);
