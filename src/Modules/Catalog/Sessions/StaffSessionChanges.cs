using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Staff change a session's bookings from the back office: cancel a booking (at any time, as the API allows
/// staff) or offer freed seats to the next in line now. The booking rules decide, while the session stream is
/// held exclusively, exactly as on the booking API, so seats are never offered or sold twice.
/// </summary>
internal static class StaffSessionChanges
{
    public static Task<Refusal?> CancelAsync(Guid sessionId, Guid bookingId, ClaimsPrincipal user, Context context, CancellationToken ct) =>
        ChangeAsync(sessionId, [bookingId], user, context, (state, offering, now) =>
            BookingDecider.Cancel(state, offering, new CancelBooking(bookingId, state.Find(bookingId)?.OrganisationId ?? Guid.Empty),
                context.Window.Value, now, byStaff: true), ct);

    /// <summary>Lapses expired offers and offers free seats down the waitlist; a rejection when nobody can move up.</summary>
    public static Task<Refusal?> OfferSeatsAsync(Guid sessionId, ClaimsPrincipal user, Context context, CancellationToken ct) =>
        ChangeAsync(sessionId, [], user, context, (state, _, now) =>
            BookingDecider.Sweep(state, context.Window.Value, now) is { Count: > 0 } events
                ? Decision.Accept([.. events])
                : Refusal.Conflict("catalog.nobody-moves-up"), ct);

    /// <summary>What a change needs from the container.</summary>
    internal sealed record Context(
        IDocumentSession Session, ISchedulerFactory Schedulers, SeatOfferWindow Window, TimeProvider Clock, ILogger<SeatOfferExpiryJob> Logger);

    private static async Task<Refusal?> ChangeAsync(
        Guid sessionId,
        IReadOnlyCollection<Guid> named,
        ClaimsPrincipal user,
        Context context,
        Func<SessionState, CatalogEntry, DateTimeOffset, Decision> decide,
        CancellationToken ct)
    {
        var session = context.Session;
        if (await session.LoadAsync<SessionSeats>(sessionId, ct) is not { } current
            || !await OfferingOwnership.MayManageAsync(session, user, current.OfferingId, ct))
        {
            return Refusal.NotFound("catalog.session-not-found");
        }
        if (await HeldSession.HoldAsync(session, sessionId, named, [], ct) is not { } held)
        {
            return Refusal.NotFound("catalog.session-not-found");
        }
        var decision = decide(held.State, held.Offering, context.Clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        await held.CommitAsync(decision.Events, events => SeatOfferExpiryJob.ScheduleExpiryAsync(context.Schedulers, events, context.Logger, ct), ct);
        return null;
    }
}
