namespace Kompetenzzentrum.Modules.Sprints.Tasks;

/// <summary>A task for a team member, due on a day.</summary>
internal sealed record TaskAssigned(Guid EngagementId, Guid TaskId, string Title, Guid OwnerMemberId, DateOnly DueOn, DateTimeOffset At);
