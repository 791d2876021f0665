using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Notifications;
using Marten;
using Quartz;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>
/// Reminds the participants 24 hours before a workshop. One trigger per workshop in the clustered store,
/// replaced when the workshop moves; the job decides with the clock again, so an early, late or repeated
/// firing (or one for a cancelled workshop) sends nothing.
/// </summary>
internal sealed class WorkshopReminderJob(ISessionFactory sessions, SprintMailer mailer, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("workshop-reminder", "sprints");
    public const string EngagementId = "engagementId";
    public const string WorkshopId = "workshopId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var engagementId = Guid.Parse(context.MergedJobDataMap.GetString(EngagementId)!);
        var workshopId = Guid.Parse(context.MergedJobDataMap.GetString(WorkshopId)!);
        await using var session = sessions.OpenSession();
        var stream = await session.Events.FetchForExclusiveWriting<Engagement>(engagementId, cancellationToken);
        var now = clock.GetUtcNow();
        if (stream.Aggregate?.Workshop(workshopId) is not { } workshop || !WorkshopDecider.ReminderDue(workshop, now))
        {
            return;
        }
        await mailer.WorkshopAsync(stream.Aggregate, workshop, SprintMailTemplates.Reminder, cancellationToken);
        stream.AppendOne(new WorkshopReminded(engagementId, workshopId, workshop.Sequence, now));
        await session.SaveChangesAsync(cancellationToken);
    }

    public static async Task ScheduleAsync(ISchedulerFactory schedulers, Guid engagementId, Workshop workshop, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var trigger = new TriggerKey($"workshop-reminder-{workshop.WorkshopId:N}", "sprints");
        await scheduler.UnscheduleJob(trigger, ct);
        if (workshop.Cancelled)
        {
            return;
        }
        await scheduler.ScheduleJob(TriggerBuilder.Create()
            .WithIdentity(trigger)
            .ForJob(Key)
            .UsingJobData(EngagementId, engagementId.ToString())
            .UsingJobData(WorkshopId, workshop.WorkshopId.ToString())
            .StartAt(workshop.StartsAt - WorkshopDecider.ReminderAhead)
            .Build(), new ScheduleJobOptions(), ct);
    }
}
