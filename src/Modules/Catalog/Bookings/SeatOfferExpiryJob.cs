using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>How long a waiting organisation has to take seats offered to it (<c>Modules:catalog:SeatOfferHours</c>, default 48).</summary>
internal sealed record SeatOfferWindow(TimeSpan Value)
{
    public static SeatOfferWindow From(IConfiguration configuration)
    {
        var hours = configuration.GetValue<double?>("SeatOfferHours") ?? 48;
        // An offer must outlast the transaction that makes it: bookings rely on that to read only the waitlist's head.
        return hours > 0 ? new(TimeSpan.FromHours(hours))
            : throw new InvalidOperationException(
                $"SeatOfferHours must be more than 0 (how long seats offered from the waitlist are held); it is {hours}.");
    }
}

/// <summary>
/// Lapses a session's expired offers and offers the seats on, at the moment an offer expires. A trigger is
/// scheduled per offer in the clustered store; should one be lost, the next command on the session sweeps
/// the same way, so this job only makes the next in line hear about free seats sooner.
/// </summary>
internal sealed class SeatOfferExpiryJob(ISessionFactory sessions, SeatOfferWindow window, TimeProvider clock, ILogger<SeatOfferExpiryJob> logger)
    : IJob
{
    public static readonly JobKey Key = new("seat-offer-expiry", "catalog");
    public const string SessionId = "sessionId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(context.MergedJobDataMap.GetString(SessionId)!);
        IReadOnlyList<object> events;
        await using (var session = sessions.OpenSession())
        {
            var held = await SessionWrites.LockAsync(session, [id], [], [], cancellationToken);
            if (held.GetValueOrDefault(id) is not { } state)
            {
                return;
            }
            events = BookingDecider.Sweep(state, window.Value, clock.GetUtcNow());
            if (events.Count == 0)
            {
                return;
            }
            SessionWrites.Record(session, state, events);
            await session.SaveChangesAsync(cancellationToken);
        }
        // The scheduler running this firing, not one resolved from the container (Quartz refuses that).
        await ScheduleExpiryAsync(_ => Task.FromResult(context.Scheduler), events, logger, cancellationToken);
    }

    /// <summary>Schedules the expiry of every offer among the events; called after they are committed.</summary>
    public static Task ScheduleExpiryAsync(ISchedulerFactory schedulers, IEnumerable<object> events, ILogger logger,
        CancellationToken cancellationToken) =>
        ScheduleExpiryAsync(async ct => await schedulers.GetScheduler(ct), events, logger, cancellationToken);

    private static async Task ScheduleExpiryAsync(Func<CancellationToken, Task<IScheduler>> scheduler, IEnumerable<object> events, ILogger logger,
        CancellationToken cancellationToken)
    {
        foreach (var offer in events.OfType<SeatOffered>())
        {
            try
            {
                await (await scheduler(cancellationToken)).ScheduleJob(TriggerBuilder.Create()
                    .ForJob(Key)
                    .UsingJobData(SessionId, offer.SessionId.ToString())
                    .StartAt(offer.ExpiresAt)
                    .Build(), new ScheduleJobOptions(), cancellationToken);
            }
            catch (Exception ex)
            {
                // The events are committed and the sweep on the next command covers a missing timer.
                logger.LogWarning(ex, "Could not schedule the expiry of the seat offer for booking {BookingId}", offer.BookingId);
            }
        }
    }
}
