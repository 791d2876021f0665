namespace Kompetenzzentrum.Modules.Sprints.Tasks;

/// <summary>A task was done.</summary>
internal sealed record TaskCompleted(Guid EngagementId, Guid TaskId, DateTimeOffset At);
