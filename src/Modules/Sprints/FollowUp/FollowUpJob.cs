using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Notifications;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>
/// Sends the follow-up survey and the prompt to repeat the maturity check (T1) to the SME's team members
/// when the follow-up is due. One trigger per engagement in the clustered store; the job asks the clock
/// again, so an early or repeated firing sends nothing.
/// </summary>
internal sealed class FollowUpJob(ISessionFactory sessions, SprintMailer mailer, TimeProvider clock, ILogger<FollowUpJob> logger) : IJob
{
    public static readonly JobKey Key = new("follow-up-survey", "sprints");
    public const string EngagementId = "engagementId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(context.MergedJobDataMap.GetString(EngagementId)!);
        await using var session = sessions.OpenSession();
        var stream = await session.Events.FetchForExclusiveWriting<Engagement>(id, cancellationToken);
        var now = clock.GetUtcNow();
        if (stream.Aggregate is not { } engagement || !FollowUpDecider.Due(engagement, now))
        {
            return;
        }
        var recipients = engagement.Team.Where(m => m.Side == TeamSides.Sme && m.Email is not null).Select(m => m.Email!).Distinct().ToList();
        foreach (var to in recipients)
        {
            await mailer.FollowUpAsync(engagement, to, cancellationToken);
        }
        stream.AppendOne(new FollowUpSent(id, recipients.Count, now));
        await session.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Sent the follow-up of engagement {EngagementId} to {Count} team members", id, recipients.Count);
    }

    public static async Task ScheduleAsync(ISchedulerFactory schedulers, FollowUpScheduled followUp, ILogger logger, CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var trigger = new TriggerKey($"follow-up-{followUp.EngagementId:N}", "sprints");
            await scheduler.UnscheduleJob(trigger, ct);
            await scheduler.ScheduleJob(TriggerBuilder.Create()
                .WithIdentity(trigger)
                .ForJob(Key)
                .UsingJobData(EngagementId, followUp.EngagementId.ToString())
                .StartAt(followUp.DueAt)
                .Build(), new ScheduleJobOptions(), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The transfer is committed; staff can see the follow-up is due (followUpDueAt) and send it by hand.
            logger.LogError(ex, "Could not schedule the follow-up of engagement {EngagementId}", followUp.EngagementId);
        }
    }
}
