using Kompetenzzentrum.Modules.Consultations.Booking;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Consultations.Notifications;

/// <summary>
/// Reminds the SME 24 hours before its consultation. One trigger per consultation in the persistent,
/// clustered Quartz store (it survives a restart); a move replaces the trigger. When it fires, a
/// consultation no longer booked at that start gets no reminder, so a cancellation needs no unscheduling.
/// </summary>
internal sealed class ConsultationReminderJob(IDocumentStore store, ConsultationMails mails) : IJob
{
    public static readonly JobKey Key = new("consultation-reminder", "consultations");
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);
    private const string ConsultationId = "consultationId";
    private const string StartsAt = "startsAt";

    public static TriggerKey TriggerFor(Guid consultationId) => new($"reminder-{consultationId:N}", "consultations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(context.MergedJobDataMap.GetString(ConsultationId)!);
        var starts = DateTimeOffset.Parse(context.MergedJobDataMap.GetString(StartsAt)!, System.Globalization.CultureInfo.InvariantCulture);
        await using var query = store.QuerySession();
        if (await query.LoadAsync<Consultation>(id, cancellationToken) is { Status: ConsultationStatus.Booked } consultation
            && consultation.StartsAt == starts)
        {
            await mails.SendAsync(consultation, ConsultationMails.Reminder, cancellationToken);
        }
    }

    public static async Task ScheduleAsync(ISchedulerFactory schedulers, Consultation consultation, DateTimeOffset now, ILogger logger,
        CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            await scheduler.UnscheduleJob(TriggerFor(consultation.Id), ct);
            if (consultation is not { Status: ConsultationStatus.Booked, StartsAt: { } starts } || starts - Ahead <= now)
            {
                return; // cancelled, or booked less than a day ahead: the confirmation is reminder enough
            }
            await scheduler.ScheduleJob(TriggerBuilder.Create()
                .WithIdentity(TriggerFor(consultation.Id))
                .ForJob(Key)
                .UsingJobData(ConsultationId, consultation.Id.ToString())
                .UsingJobData(StartsAt, starts.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
                .StartAt(starts - Ahead)
                .Build(), new ScheduleJobOptions(), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not schedule the reminder of consultation {ConsultationId}", consultation.Id);
        }
    }
}
