using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// An organisation asks for seats, one per attendee (the names stay with the endpoint, out of the events).
/// <paramref name="AwaitsApproval"/>: a booking rule asked staff to approve it, so it is kept as pending.
/// <paramref name="ForSlot"/>: the offering type's slot source chose the session (<c>SlotBookings</c>).
/// <paramref name="ByStaff"/>: staff took the booking for the organisation (e.g. on the phone), recorded next to the booking.
/// </summary>
internal sealed record BookSeats(Guid BookingId, Guid OrganisationId, int Seats, bool AwaitsApproval = false, bool ForSlot = false,
    StaffBooking? ByStaff = null);

/// <summary>Who of the staff took a booking for an organisation, and how it reached them (<c>phone</c>, <c>email</c>, <c>in-person</c>).</summary>
internal sealed record StaffBooking(Guid StaffId, string Channel);

/// <summary>
/// An organisation withdraws its booking (or declines an offered seat). <paramref name="ForSlot"/>: the slot's offering
/// type asks (<c>SlotBookings</c>); a slot's booking is cancelled only through its type, which keeps its own record of it.
/// </summary>
internal sealed record CancelBooking(Guid BookingId, Guid OrganisationId, bool ForSlot = false);

/// <summary>An organisation takes the seats offered to it from the waitlist.</summary>
internal sealed record AcceptSeatOffer(Guid BookingId, Guid OrganisationId);

/// <summary>
/// The pure booking decider over one session's state. Seats are never oversold because the endpoint decides
/// while it holds the session stream exclusively; these functions only need to be right for one state.
/// Every decision first sweeps: offers past their expiry lapse and their seats are offered on, so the
/// outcome never depends on whether the expiry job has run yet.
/// </summary>
internal static class BookingDecider
{
    public static Decision Book(SessionState session, CatalogEntry offering, BookSeats command, TimeSpan offerWindow, DateTimeOffset now)
    {
        if (offering.Status != OfferingStatus.Published)
        {
            return Refusal.Conflict("catalog.offering-not-bookable", TextArgs.Of(("status", RefusalWords.Offering(offering.Status))));
        }
        if (session.Seats.IsCancelled)
        {
            return Refusal.Conflict("catalog.session-cancelled");
        }
        if (now >= session.StartsAt)
        {
            return Refusal.Conflict("catalog.session-started");
        }
        // A slot is booked through its type (routing, limits), never as a session of its own.
        if (session.Seats.IsSlot && !command.ForSlot)
        {
            return Refusal.Conflict("catalog.slot-booked-through-type");
        }
        if (command.Seats > session.Capacity)
        {
            return Refusal.Invalid("attendees", "catalog.seats-exceed-capacity", TextArgs.Of(("count", session.Capacity)));
        }
        var swept = Sweep(session, offerWindow, now);
        var state = Apply(session, swept);
        if (state.Bookings.Any(b => b.OrganisationId == command.OrganisationId
            && b.Status is not (SeatStatus.Cancelled or SeatStatus.Lapsed or SeatStatus.Rejected)))
        {
            return Refusal.Conflict("catalog.already-booked");
        }
        // Kept for staff to decide; the seat logic runs when they approve (ApprovalDecider.Approve).
        if (command.AwaitsApproval)
        {
            return Decision.Accept([.. swept, new BookingRequested(command.BookingId, session.Id, offering.Id, command.OrganisationId,
                command.Seats, now), .. TakenByStaff(session, command, now)]);
        }
        // First come, first served: while anyone waits, a newcomer queues behind them even if it would fit.
        object booked = state.Waiting == 0 && command.Seats <= state.SeatsFree()
            ? new BookingConfirmed(command.BookingId, session.Id, offering.Id, offering.OfferingType, offering.Topics, command.OrganisationId,
                command.Seats, now)
            : new BookingWaitlisted(command.BookingId, session.Id, offering.Id, offering.OfferingType, offering.Topics, command.OrganisationId,
                command.Seats, now);
        return Decision.Accept([.. swept, booked, .. TakenByStaff(session, command, now)]);
    }

    // Staff who book for an organisation are named next to the booking, so the lists show who took it and how.
    private static object[] TakenByStaff(SessionState session, BookSeats command, DateTimeOffset now) => command.ByStaff is { } staff
        ? [new BookingTakenByStaff(command.BookingId, session.Id, command.OrganisationId, staff.StaffId, staff.Channel, now)]
        : [];

    /// <summary>Cancels a booking; staff (<paramref name="byStaff"/>) may cancel at any time, past the deadline.</summary>
    public static Decision Cancel(SessionState session, CatalogEntry offering, CancelBooking command, TimeSpan offerWindow, DateTimeOffset now,
        bool byStaff = false)
    {
        var swept = Sweep(session, offerWindow, now);
        var state = Apply(session, swept);
        if (Owned(state, command.BookingId, command.OrganisationId, out var booking) is { } refused)
        {
            return refused;
        }
        if (state.Seats.IsSlot && !command.ForSlot)
        {
            return Refusal.Conflict("catalog.slot-booked-through-type");
        }
        if (booking.Status is SeatStatus.Cancelled or SeatStatus.Lapsed or SeatStatus.Rejected || booking.TookPlace)
        {
            return Refusal.Conflict("catalog.booking-already", TextArgs.Of(("status", RefusalWords.Seat(booking.Status))));
        }
        // The deadline protects planned seats; leaving the waitlist, declining an offer or withdrawing a pending
        // request is possible until the start.
        var deadline = booking.Status == SeatStatus.Confirmed ? state.StartsAt.AddHours(-offering.CancellationDeadlineHours) : state.StartsAt;
        if (!byStaff && now >= deadline)
        {
            return Refusal.Conflict("catalog.cancellation-deadline-passed", TextArgs.Of(("deadline", deadline)));
        }
        var cancelled = new BookingCancelled(booking.BookingId, state.Id, offering.Id, offering.OfferingType, offering.Topics,
            booking.OrganisationId, booking.Seats, now);
        return Decision.Accept([.. swept, cancelled, .. Offer(state.Evolve(cancelled), offerWindow, now)]);
    }

    /// <summary>
    /// Ends every booking still open (confirmed, waiting, offered, pending) of a session staff cancel
    /// (<c>SessionLifecycleDecider.Cancel</c>); nobody moves up, as no seat is left to give.
    /// </summary>
    public static IEnumerable<BookingCancelled> EndAll(SessionState session, CatalogEntry offering, DateTimeOffset now) =>
        session.Bookings
            .Where(b => b.Status is SeatStatus.Confirmed or SeatStatus.Waitlisted or SeatStatus.Offered or SeatStatus.Pending)
            .Select(b => new BookingCancelled(b.BookingId, session.Id, offering.Id, offering.OfferingType, offering.Topics, b.OrganisationId,
                b.Seats, now));

    public static Decision Accept(SessionState session, CatalogEntry offering, AcceptSeatOffer command, TimeSpan offerWindow, DateTimeOffset now)
    {
        var swept = Sweep(session, offerWindow, now);
        var state = Apply(session, swept);
        if (Owned(state, command.BookingId, command.OrganisationId, out var booking) is { } refused)
        {
            return refused;
        }
        return booking.Status switch
        {
            SeatStatus.Offered => Decision.Accept([.. swept, new BookingConfirmed(booking.BookingId, state.Id, offering.Id, offering.OfferingType,
                offering.Topics, booking.OrganisationId, booking.Seats, now)]),
            SeatStatus.Confirmed => Decision.Accept([.. swept]),
            SeatStatus.Lapsed => Refusal.Conflict("catalog.offer-lapsed"),
            _ => Refusal.Conflict("catalog.no-open-offer"),
        };
    }

    /// <summary>Lapses offers whose time is up and offers the freed seats on; nothing when all is current.</summary>
    public static IReadOnlyList<object> Sweep(SessionState session, TimeSpan offerWindow, DateTimeOffset now)
    {
        var lapsed = session.Bookings
            .Where(b => b.Status == SeatStatus.Offered && b.OfferExpiresAt <= now)
            .Select(b => new SeatOfferLapsed(b.BookingId, session.Id, b.OrganisationId, now))
            .ToList<object>();
        return [.. lapsed, .. Offer(Apply(session, lapsed), offerWindow, now)];
    }

    /// <summary>Offers free seats to waiting bookings in order while the head of the waitlist fits.</summary>
    public static IEnumerable<SeatOffered> Offer(SessionState session, TimeSpan offerWindow, DateTimeOffset now)
    {
        if (now >= session.StartsAt)
        {
            yield break;
        }
        // An offer never outlives the session's start.
        var expires = now + offerWindow < session.StartsAt ? now + offerWindow : session.StartsAt;
        var free = session.SeatsFree();
        var waitlist = session.Waitlist();
        foreach (var waiting in waitlist)
        {
            if (waiting.Seats > free)
            {
                yield break;
            }
            // The engine loads as much of the head as the seats free to offer can reach; past it, bookings may be missing.
            if (!session.InHead(waiting))
            {
                throw new InvalidOperationException($"Seats of session {session.Id} would go to bookings behind the loaded waitlist head.");
            }
            free -= waiting.Seats;
            yield return new SeatOffered(waiting.BookingId, session.Id, waiting.OrganisationId, now, expires);
        }
        if (free > 0 && session.Waiting > waitlist.Count)
        {
            throw new InvalidOperationException($"Seats of session {session.Id} are left for bookings behind the loaded waitlist head.");
        }
    }

    private static Refusal? Owned(SessionState state, Guid bookingId, Guid organisationId, out SessionBooking booking)
    {
        booking = state.Find(bookingId)!;
        if (booking is null)
        {
            return Refusal.NotFound("catalog.booking-not-found");
        }
        return booking.OrganisationId == organisationId ? null : Refusal.Forbidden("catalog.booking-not-yours");
    }

    private static SessionState Apply(SessionState state, IEnumerable<object> events) => events.Aggregate(state, (s, e) => s.Evolve(e));
}
