namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>A workshop was cancelled.</summary>
internal sealed record WorkshopCancelled(Guid EngagementId, Guid WorkshopId, DateTimeOffset At);
