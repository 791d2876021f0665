namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>Staff accepted the application into a program period; the engagement starts.</summary>
internal sealed record ApplicationAccepted(Guid ApplicationId, Guid PeriodId, Guid EngagementId, string? Reason, DateTimeOffset At);
