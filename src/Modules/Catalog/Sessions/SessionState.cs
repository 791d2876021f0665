using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// A session as a decision sees it: its stored counters and the bookings it loaded, in line order. The booking engine
/// loads every open booking (waiting, offered, pending) and the ones the command names, so the waitlist is complete;
/// bookings settled long ago are counted, not loaded. Rebuilt from the session's stream alone (<see cref="Start"/>
/// and <see cref="Evolve"/>), it holds every booking.
/// </summary>
internal sealed record SessionState(SessionSeats Seats, IReadOnlyList<SessionBooking> Bookings)
{
    public Guid Id => Seats.Id;

    public Guid OfferingId => Seats.OfferingId;

    public DateTimeOffset StartsAt => Seats.StartsAt;

    public DateTimeOffset EndsAt => Seats.EndsAt;

    public int Capacity => Seats.Capacity;

    public static SessionState Start(SessionScheduled e) => new(SessionSeats.Start(e), []);

    /// <summary>Seats confirmed or held for an open offer.</summary>
    public int SeatsTaken() => Seats.SeatsTaken();

    public int SeatsFree() => Seats.SeatsFree();

    /// <summary>Waiting bookings, first come first.</summary>
    public IReadOnlyList<SessionBooking> Waitlist() => Bookings.Where(b => b.Status == SeatStatus.Waitlisted).ToList();

    public SessionBooking? Find(Guid bookingId) => Bookings.FirstOrDefault(b => b.Id == bookingId);

    /// <summary>1-based place on the waitlist, or null when the booking is not waiting.</summary>
    public int? WaitlistPosition(Guid bookingId)
    {
        var index = Waitlist().Select(b => b.Id).ToList().IndexOf(bookingId);
        return index < 0 ? null : index + 1;
    }

    public SessionState Evolve(object e) => e switch
    {
        // Confirmed either directly (a new booking) or by accepting an offer (a booking already waiting).
        BookingConfirmed c when Find(c.BookingId) is not null =>
            Change(c.BookingId, b => b with { Status = SeatStatus.Confirmed, OfferExpiresAt = null }),
        BookingConfirmed c => Add(c.BookingId, c.OrganisationId, c.Seats, SeatStatus.Confirmed),
        // An approved request joins the end of the line, behind everyone already waiting.
        BookingWaitlisted w when Find(w.BookingId) is not null =>
            Change(w.BookingId, b => b with { Status = SeatStatus.Waitlisted, Line = Seats.Lines + 1 }, last: true),
        BookingWaitlisted w => Add(w.BookingId, w.OrganisationId, w.Seats, SeatStatus.Waitlisted),
        BookingRequested r => Add(r.BookingId, r.OrganisationId, r.Seats, SeatStatus.Pending),
        BookingRejected r => Change(r.BookingId, b => b with { Status = SeatStatus.Rejected, OfferExpiresAt = null }),
        BookingCancelled x => Change(x.BookingId, b => b with { Status = SeatStatus.Cancelled, OfferExpiresAt = null }),
        SeatOffered o => Change(o.BookingId, b => b with { Status = SeatStatus.Offered, OfferExpiresAt = o.ExpiresAt }),
        SeatOfferLapsed l => Change(l.BookingId, b => b with { Status = SeatStatus.Lapsed, OfferExpiresAt = null }),
        // Sequence also serves as the booking's ETag, so attendance and completion raise it too (no mail follows them).
        AttendanceRecorded a =>
            Change(a.BookingId, b => b with { Status = a.Attended > 0 ? SeatStatus.Attended : SeatStatus.NoShow, Attended = a.Attended }),
        BookingCompleted c => Change(c.BookingId, b => b with { Status = SeatStatus.Completed }),
        _ => this,
    };

    private SessionState Add(Guid bookingId, Guid organisationId, int seats, SeatStatus status)
    {
        var booking = new SessionBooking(bookingId, Id, organisationId, seats, status, Seats.Lines + 1);
        return new(Seats.Counting(null, booking), [.. Bookings, booking]);
    }

    // A booking the decision did not load cannot change: the engine loads every booking a command names.
    private SessionState Change(Guid bookingId, Func<SessionBooking, SessionBooking> change, bool last = false)
    {
        if (Find(bookingId) is not { } before)
        {
            throw new InvalidOperationException($"Booking {bookingId} of session {Id} was not loaded for the change.");
        }
        var after = change(before) with { Sequence = before.Sequence + 1 };
        var bookings = last
            ? [.. Bookings.Where(b => b.Id != bookingId), after]
            : Bookings.Select(b => b.Id == bookingId ? after : b).ToList();
        return new(Seats.Counting(before, after), bookings);
    }
}
