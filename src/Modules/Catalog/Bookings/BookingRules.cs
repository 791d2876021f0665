using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>An organisation asks for seats for its named attendees.</summary>
internal sealed record BookSeats(Guid BookingId, Guid OrganisationId, IReadOnlyList<string> Attendees);

/// <summary>An organisation withdraws its booking.</summary>
internal sealed record CancelBooking(Guid BookingId, Guid OrganisationId);

/// <summary>
/// Pure booking rules over one session's state. Seats are never oversold because the endpoint decides
/// while it holds the session stream exclusively; these functions only need to be right for one state.
/// </summary>
internal static class BookingRules
{
    public static Decision Book(SessionState session, string offeringStatus, BookSeats command, DateTimeOffset now)
    {
        if (offeringStatus != OfferingStatus.Published)
        {
            return Decision.Reject(RejectionKind.Conflict, $"The offering is {offeringStatus}, not open for booking.");
        }
        if (now >= session.StartsAt)
        {
            return Decision.Reject(RejectionKind.Conflict, "The session has already started.");
        }
        if (command.Attendees.Count > session.Capacity)
        {
            return Decision.Reject(RejectionKind.Invalid, $"The session has only {session.Capacity} seats.", "attendees");
        }
        if (session.Bookings.Any(b => b.OrganisationId == command.OrganisationId && b.Status != SeatStatus.Cancelled))
        {
            return Decision.Reject(RejectionKind.Conflict, "The organisation already holds a booking for this session.");
        }
        // First come, first served: while anyone waits, a newcomer queues behind them even if it would fit.
        return session.Waitlist().Count == 0 && command.Attendees.Count <= session.SeatsFree()
            ? Decision.Accept(new BookingConfirmed(command.BookingId, session.Id, command.OrganisationId, command.Attendees, now))
            : Decision.Accept(new BookingWaitlisted(command.BookingId, session.Id, command.OrganisationId, command.Attendees, now));
    }

    public static Decision Cancel(SessionState session, int cancellationDeadlineHours, CancelBooking command, DateTimeOffset now)
    {
        if (session.Find(command.BookingId) is not { } booking)
        {
            return Decision.Reject(RejectionKind.NotFound, "No such booking in this session.");
        }
        if (booking.OrganisationId != command.OrganisationId)
        {
            return Decision.Reject(RejectionKind.Forbidden, "Only the booking organisation can cancel it.");
        }
        if (booking.Status == SeatStatus.Cancelled)
        {
            return Decision.Reject(RejectionKind.Conflict, "The booking is already cancelled.");
        }
        // The deadline protects planned seats; leaving the waitlist is possible until the session starts.
        var deadline = booking.Status == SeatStatus.Confirmed ? session.StartsAt.AddHours(-cancellationDeadlineHours) : session.StartsAt;
        if (now >= deadline)
        {
            return Decision.Reject(RejectionKind.Conflict, $"The cancellation deadline passed at {deadline:u}.");
        }
        var cancelled = new BookingCancelled(booking.BookingId, session.Id, booking.OrganisationId, now);
        return Decision.Accept([cancelled, .. Promote(session.Evolve(cancelled), now)]);
    }

    /// <summary>Moves waiting bookings up in order while the head of the waitlist fits into the free seats.</summary>
    public static IEnumerable<WaitlistedBookingPromoted> Promote(SessionState session, DateTimeOffset now)
    {
        var free = session.SeatsFree();
        foreach (var waiting in session.Waitlist())
        {
            if (waiting.Seats > free)
            {
                yield break;
            }
            free -= waiting.Seats;
            yield return new WaitlistedBookingPromoted(waiting.BookingId, session.Id, waiting.OrganisationId, now);
        }
    }
}
