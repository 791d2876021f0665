using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog.Notifications;

/// <summary>
/// Upgrade of reminders kept by an earlier version's own job. Consultations reminded through a job of their own
/// (<c>consultation-reminder</c>) until the catalog's <see cref="BookingReminderJob"/> took over slot bookings; its
/// triggers stay in a deployment's persistent Quartz store and would fail to fire, as the job's class is gone. At start,
/// when such a retired job is still stored, every confirmed slot booking whose reminder time is still ahead gets the
/// catalog's reminder (one it already has is kept), then the retired job goes with its triggers. A later start finds
/// nothing to do with one lookup. Runs in the background, so the host is ready without waiting for it.
/// </summary>
internal sealed class RetiredReminderJobs(
    IDocumentStore store, ISchedulerFactory schedulers, TimeProvider clock, ILogger<RetiredReminderJobs> log) : BackgroundService
{
    /// <summary>Jobs of earlier versions whose reminders the catalog now keeps.</summary>
    public static readonly JobKey[] Retired = [new("consultation-reminder", "consultations")];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(stoppingToken);
            foreach (var job in Retired)
            {
                if (await scheduler.GetJobDetail(job, stoppingToken) is not null)
                {
                    var scheduled = await ScheduleSlotRemindersAsync(scheduler, stoppingToken);
                    await scheduler.DeleteJob(job, stoppingToken);
                    log.LogInformation("Retired the reminder job {Job}: {Count} slot bookings now reminded by the catalog", job, scheduled);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Could not move the reminders of a retired reminder job; the next start tries again");
        }
    }

    private async Task<int> ScheduleSlotRemindersAsync(IScheduler scheduler, CancellationToken ct)
    {
        var from = clock.GetUtcNow() + BookingReminderJob.Ahead;
        await using var query = store.QuerySession();
        var sessions = (await query.Query<SessionSeats>()
            .Where(s => s.ResourceId != null && s.CancelledAt == null && s.StartsAt > from)
            .ToListAsync(ct)).ToDictionary(s => s.Id);
        if (sessions.Count == 0)
        {
            return 0;
        }
        var confirmed = await query.Query<SessionBooking>()
            .Where(b => b.SessionId.IsOneOf(sessions.Keys.ToArray()) && b.Status == SeatStatus.Confirmed)
            .ToListAsync(ct);
        var scheduled = 0;
        foreach (var booking in confirmed)
        {
            if (await scheduler.GetTrigger(BookingReminderJob.TriggerFor(booking.Id), ct) is null)
            {
                var at = sessions[booking.SessionId].StartsAt - BookingReminderJob.Ahead;
                await scheduler.ScheduleJob(BookingReminderJob.Trigger(booking.SessionId, booking.Id, at), new ScheduleJobOptions(), ct);
                scheduled++;
            }
        }
        return scheduled;
    }
}
