using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog.Notifications;

/// <summary>
/// Reminds the booking organisation 24 hours before the session. One trigger per confirmed booking in the
/// clustered (persistent) Quartz store, so it survives a restart; when it fires, a booking no longer
/// confirmed gets no reminder, so a cancellation needs no unscheduling. A slot booking is reminded with what its
/// offering type gives (<see cref="SlotBookingMailer"/>), which also drops its trigger when it is cancelled or moved.
/// </summary>
internal sealed class BookingReminderJob(IDocumentStore store, BookingNotifier notifier, SlotBookingMailer slots) : IJob
{
    public static readonly JobKey Key = new("booking-reminder", "catalog");
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);
    public const string SessionId = "sessionId";
    public const string BookingId = "bookingId";

    public static TriggerKey TriggerFor(Guid bookingId) => new($"reminder-{bookingId:N}", "catalog");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sessionId = Guid.Parse(context.MergedJobDataMap.GetString(SessionId)!);
        var bookingId = Guid.Parse(context.MergedJobDataMap.GetString(BookingId)!);
        await using var query = store.QuerySession();
        if (await SessionStates.LoadAsync(query, sessionId, cancellationToken) is not { } state
            || state.Find(bookingId) is not { Status: SeatStatus.Confirmed } booking
            || await query.LoadAsync<CatalogEntry>(state.OfferingId, cancellationToken) is not { } offering)
        {
            return;
        }
        if (state.Seats.IsSlot)
        {
            await slots.RemindAsync(state, offering, booking, cancellationToken);
        }
        else if (await query.LoadAsync<BookingAttendees>(bookingId, cancellationToken) is { } contact)
        {
            await notifier.SendAsync(state, offering, booking, contact, BookingMailTemplates.Reminder, cancellationToken);
        }
    }

    /// <summary>
    /// Schedules the reminder of a confirmed booking whose reminder time is still ahead. A trigger already there
    /// (the mail subscription handling a page again after a restart) is left as it is.
    /// </summary>
    public static async Task ScheduleAsync(
        ISchedulerFactory schedulers, SessionState state, BookingConfirmed booking, ILogger logger, CancellationToken ct)
    {
        var at = state.StartsAt - Ahead;
        if (at <= booking.ConfirmedAt)
        {
            return; // booked less than a day ahead: the confirmation is reminder enough
        }
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            if (await scheduler.GetTrigger(TriggerFor(booking.BookingId), ct) is not null)
            {
                return;
            }
            await scheduler.ScheduleJob(Trigger(state.Id, booking.BookingId, at), new ScheduleJobOptions(), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not schedule the reminder of booking {BookingId}", booking.BookingId);
        }
    }

    /// <summary>The session moved: the booking's reminder moves with it (none when the new time is less than a day ahead).</summary>
    public static async Task RescheduleAsync(
        ISchedulerFactory schedulers, SessionState state, Guid bookingId, DateTimeOffset movedAt, ILogger logger, CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            await scheduler.UnscheduleJob(TriggerFor(bookingId), ct);
            var at = state.StartsAt - Ahead;
            if (at > movedAt)
            {
                await scheduler.ScheduleJob(Trigger(state.Id, bookingId, at), new ScheduleJobOptions(), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not move the reminder of booking {BookingId}", bookingId);
        }
    }

    /// <summary>The booking ended (cancelled, or left by a move): its reminder goes.</summary>
    public static async Task UnscheduleAsync(ISchedulerFactory schedulers, Guid bookingId, ILogger logger, CancellationToken ct)
    {
        try
        {
            await (await schedulers.GetScheduler(ct)).UnscheduleJob(TriggerFor(bookingId), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not drop the reminder of booking {BookingId}", bookingId);
        }
    }

    internal static ITrigger Trigger(Guid sessionId, Guid bookingId, DateTimeOffset at) => TriggerBuilder.Create()
        .WithIdentity(TriggerFor(bookingId))
        .ForJob(Key)
        .UsingJobData(SessionId, sessionId.ToString())
        .UsingJobData(BookingId, bookingId.ToString())
        .StartAt(at)
        .Build();
}
