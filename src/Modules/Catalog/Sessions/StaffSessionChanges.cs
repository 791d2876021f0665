using System.Security.Claims;
using Kompetenzzentrum.Contracts.Web;
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
    public static Task<Rejection?> CancelAsync(Guid sessionId, Guid bookingId, ClaimsPrincipal user, Context context, CancellationToken ct) =>
        ChangeAsync(sessionId, user, context, (state, offering, now) =>
            BookingRules.Cancel(state, offering, new CancelBooking(bookingId, state.Find(bookingId)?.OrganisationId ?? Guid.Empty), context.Window.Value, now, byStaff: true), ct);

    /// <summary>Lapses expired offers and offers free seats down the waitlist; a rejection when nobody can move up.</summary>
    public static Task<Rejection?> OfferSeatsAsync(Guid sessionId, ClaimsPrincipal user, Context context, CancellationToken ct) =>
        ChangeAsync(sessionId, user, context, (state, _, now) =>
            BookingRules.Sweep(state, context.Window.Value, now) is { Count: > 0 } events
                ? Decision.Accept([.. events])
                : Decision.Reject(RejectionKind.Conflict,
                    "Niemand kann nachrücken: Die Warteliste ist leer, oder die Nächsten brauchen mehr Plätze, als frei sind.",
                    "Nobody can move up: the waitlist is empty or the next in line needs more seats than are free."), ct);

    /// <summary>What a change needs from the container.</summary>
    internal sealed record Context(IDocumentSession Session, ISchedulerFactory Schedulers, SeatOfferWindow Window, TimeProvider Clock, ILogger<SeatOfferExpiryJob> Logger);

    private static async Task<Rejection?> ChangeAsync(
        Guid sessionId, ClaimsPrincipal user, Context context, Func<SessionState, CatalogEntry, DateTimeOffset, Decision> decide, CancellationToken ct)
    {
        var session = context.Session;
        if (await session.LoadAsync<SessionState>(sessionId, ct) is not { } current || !await OfferingOwnership.MayManageAsync(session, user, current.OfferingId, ct))
        {
            return new Rejection(RejectionKind.NotFound, "Diesen Termin gibt es nicht.", "No such session.");
        }
        if (await HeldSession.HoldAsync(session, sessionId, ct) is not { } held)
        {
            return new Rejection(RejectionKind.NotFound, "Diesen Termin gibt es nicht.", "No such session.");
        }
        var decision = decide(held.State, held.Offering, context.Clock.GetUtcNow());
        if (decision.Rejected is { } rejected)
        {
            return rejected;
        }
        await held.CommitAsync(decision.Events, events => SeatOfferExpiryJob.ScheduleExpiryAsync(context.Schedulers, events, context.Logger, ct), ct);
        return null;
    }
}
