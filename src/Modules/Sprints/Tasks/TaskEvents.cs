namespace Kompetenzzentrum.Modules.Sprints.Tasks;

/// <summary>A task for a team member, due on a day.</summary>
internal sealed record TaskAssigned(Guid EngagementId, Guid TaskId, string Title, Guid OwnerMemberId, DateOnly DueOn, DateTimeOffset At);

/// <summary>A task was done.</summary>
internal sealed record TaskCompleted(Guid EngagementId, Guid TaskId, DateTimeOffset At);

/// <summary>The owner of an overdue task was reminded (once).</summary>
internal sealed record TaskOverdueReminded(Guid EngagementId, Guid TaskId, DateTimeOffset At);
