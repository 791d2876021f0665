using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// Staff decide on pending booking requests. Approval runs the normal seat logic at the moment of approval:
/// confirmed while seats are free and nobody waits, else the end of the waitlist. A pending request holds no
/// seat, so a request that is never approved keeps no one else out (pretix's "approval required" likewise
/// leaves the quota to confirmed orders).
/// </summary>
internal static class ApprovalDecider
{
    public static Decision Approve(SessionState session, CatalogEntry offering, Guid bookingId, TimeSpan offerWindow, DateTimeOffset now)
    {
        var swept = BookingDecider.Sweep(session, offerWindow, now);
        var state = swept.Aggregate(session, (s, e) => s.Evolve(e));
        if (Pending(state, bookingId, now) is { } refused)
        {
            return refused;
        }
        var booking = state.Find(bookingId)!;
        object approved = state.Waiting == 0 && booking.Seats <= state.SeatsFree()
            ? new BookingConfirmed(booking.BookingId, state.Id, offering.Id, offering.OfferingType, offering.Topics, booking.OrganisationId,
                booking.Seats, now)
            : new BookingWaitlisted(booking.BookingId, state.Id, offering.Id, offering.OfferingType, offering.Topics, booking.OrganisationId,
                booking.Seats, now);
        return Decision.Accept([.. swept, approved]);
    }

    public static Decision Reject(SessionState session, Guid bookingId, DateTimeOffset now, string? reason = null)
    {
        if (Pending(session, bookingId, now, rejecting: true) is { } refused)
        {
            return refused;
        }
        return Decision.Accept(new BookingRejected(bookingId, session.Id, session.Find(bookingId)!.OrganisationId, now,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
    }

    private static Refusal? Pending(SessionState state, Guid bookingId, DateTimeOffset now, bool rejecting = false)
    {
        if (state.Find(bookingId) is not { } booking)
        {
            return Refusal.NotFound("catalog.booking-not-found");
        }
        if (booking.Status != SeatStatus.Pending)
        {
            return Refusal.Conflict("catalog.booking-not-pending", TextArgs.Of(("status", RefusalWords.Seat(booking.Status))));
        }
        // A request can still be turned down after the start; it can no longer be let in.
        return !rejecting && now >= state.StartsAt ? Refusal.Conflict("catalog.session-started") : null;
    }
}
