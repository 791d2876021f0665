namespace Kompetenzzentrum.Modules.Sprints.Tasks;

/// <summary>The owner of an overdue task was reminded (once).</summary>
internal sealed record TaskOverdueReminded(Guid EngagementId, Guid TaskId, DateTimeOffset At);
