using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Notifications;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Sprints.Tasks;

/// <summary>
/// Every morning (07:00 Europe/Berlin) reminds the owners of overdue tasks, once per task. A sprint program
/// runs tens of engagements at a time, so reading the engagements with open tasks is cheap.
/// </summary>
internal sealed class OverdueTaskJob(ISessionFactory sessions, SprintMailer mailer, TimeProvider clock, ILogger<OverdueTaskJob> logger) : IJob
{
    public static readonly JobKey Key = new("overdue-task-reminder", "sprints");
    public static readonly TriggerKey Daily = new("overdue-task-reminder-daily", "sprints");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var query = sessions.QuerySession();
        var candidates = await query.Query<Engagement>().Where(e => e.Tasks.Any(t => !t.Done && !t.Reminded)).Select(e => e.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            await using var session = sessions.OpenSession();
            var stream = await session.Events.FetchForExclusiveWriting<Engagement>(id, cancellationToken);
            if (stream.Aggregate is not { } engagement)
            {
                continue;
            }
            foreach (var (task, owner) in TaskDecider.OverdueToRemind(engagement, now))
            {
                if (owner.Email is not null)
                {
                    await mailer.TaskOverdueAsync(engagement, task, owner, cancellationToken);
                }
                stream.AppendOne(new TaskOverdueReminded(id, task.TaskId, now));
            }
            await session.SaveChangesAsync(cancellationToken);
        }
        logger.LogInformation("Checked {Count} engagements for overdue tasks", candidates.Count);
    }
}
