using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Sprints.Engagements;

namespace Kompetenzzentrum.Modules.Sprints.Tasks;

/// <summary>Tasks belong to team members; a task is overdue the day after its due day (Europe/Berlin) and reminded once.</summary>
internal static class TaskDecider
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static Decision Assign(Engagement s, Guid taskId, string title, Guid ownerMemberId, DateOnly dueOn, DateTimeOffset now) =>
        s.Member(ownerMemberId) is null
            ? Refusal.Invalid("ownerMemberId", "sprints.task-owner-not-in-team")
            : Decision.Accept(new TaskAssigned(s.Id, taskId, title, ownerMemberId, dueOn, now));

    public static Decision Complete(Engagement s, Guid taskId, DateTimeOffset now) => s.Tasks.FirstOrDefault(t => t.TaskId == taskId) switch
    {
        null => Refusal.NotFound("sprints.task-not-found"),
        { Done: true } => Refusal.Conflict("sprints.task-already-done"),
        _ => Decision.Accept(new TaskCompleted(s.Id, taskId, now)),
    };

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Berlin).DateTime);

    /// <summary>Open, not yet reminded tasks whose due day has passed, with their owners.</summary>
    public static IReadOnlyList<(SprintTask Task, TeamMember Owner)> OverdueToRemind(Engagement s, DateTimeOffset now)
    {
        var today = Today(now);
        return [.. s.Tasks.Where(t => !t.Done && !t.Reminded && t.DueOn < today)
            .Select(t => (Task: t, Owner: s.Member(t.OwnerMemberId)))
            .Where(x => x.Owner is not null)
            .Select(x => (x.Task, x.Owner!))];
    }
}
