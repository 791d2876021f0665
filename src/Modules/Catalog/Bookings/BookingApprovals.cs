using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// Staff decide on pending booking requests. Approval runs the normal seat logic at the moment of approval:
/// confirmed while seats are free and nobody waits, else the end of the waitlist. A pending request holds no
/// seat, so a request that is never approved keeps no one else out (pretix's "approval required" likewise
/// leaves the quota to confirmed orders).
/// </summary>
internal static class BookingApprovals
{
    public static Decision Approve(SessionState session, CatalogEntry offering, Guid bookingId, TimeSpan offerWindow, DateTimeOffset now)
    {
        var swept = BookingRules.Sweep(session, offerWindow, now);
        var state = swept.Aggregate(session, (s, e) => s.Evolve(e));
        if (Pending(state, bookingId, now) is { } refused)
        {
            return refused;
        }
        var booking = state.Find(bookingId)!;
        object approved = state.Waitlist().Count == 0 && booking.Seats <= state.SeatsFree()
            ? new BookingConfirmed(booking.BookingId, state.Id, offering.Id, offering.OfferingType, offering.Topics, booking.OrganisationId, booking.Seats, now)
            : new BookingWaitlisted(booking.BookingId, state.Id, offering.Id, offering.OfferingType, offering.Topics, booking.OrganisationId, booking.Seats, now);
        return Decision.Accept([.. swept, approved]);
    }

    public static Decision Reject(SessionState session, Guid bookingId, DateTimeOffset now)
    {
        if (Pending(session, bookingId, now, rejecting: true) is { } refused)
        {
            return refused;
        }
        return Decision.Accept(new BookingRejected(bookingId, session.Id, session.Find(bookingId)!.OrganisationId, now));
    }

    private static Decision? Pending(SessionState state, Guid bookingId, DateTimeOffset now, bool rejecting = false)
    {
        if (state.Find(bookingId) is not { } booking)
        {
            return Decision.Reject(RejectionKind.NotFound, "Diese Buchung gibt es in diesem Termin nicht.", "No such booking in this session.");
        }
        if (booking.Status != SeatStatus.Pending)
        {
            return Decision.Reject(RejectionKind.Conflict, $"Die Buchung ist {RefusalWords.SeatDe(booking.Status)} und wartet nicht auf Freigabe.",
                $"The booking is {booking.Status.Text()}, not awaiting approval.");
        }
        // A request can still be turned down after the start; it can no longer be let in.
        return !rejecting && now >= state.StartsAt ? Decision.Reject(RejectionKind.Conflict, "Der Termin hat schon begonnen.", "The session has already started.") : null;
    }
}
