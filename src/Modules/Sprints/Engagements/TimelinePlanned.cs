namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>Staff re-planned the timeline (start and length in weeks).</summary>
internal sealed record TimelinePlanned(Guid EngagementId, DateOnly StartsOn, int Weeks, DateTimeOffset At);
