namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>Someone left the team.</summary>
internal sealed record TeamMemberRemoved(Guid EngagementId, Guid MemberId, DateTimeOffset At);
