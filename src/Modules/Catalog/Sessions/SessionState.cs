using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// A session as a decision sees it: its stored counters and the bookings it loaded, in line order. The booking engine
/// loads the open bookings that can move (offered, pending), the ones the command names and the waitlist, whole or,
/// for transactions that only book, its head (<see cref="Head"/>); bookings settled long ago are counted, not loaded.
/// Rebuilt from the session's stream alone (<see cref="Start"/> and <see cref="Evolve"/>), it holds every booking.
/// </summary>
/// <param name="Seats">The counters.</param>
/// <param name="Bookings">The bookings loaded, in line order.</param>
/// <param name="Head">Null when the whole waitlist is loaded; otherwise how far its loaded head reaches.</param>
internal sealed record SessionState(SessionSeats Seats, IReadOnlyList<SessionBooking> Bookings, WaitlistHead? Head = null)
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

    /// <summary>Bookings on the waitlist, loaded or not.</summary>
    public int Waiting => Seats.Waiting;

    /// <summary>Waiting bookings loaded, first come first: the whole waitlist, or its head and the named bookings.</summary>
    public IReadOnlyList<SessionBooking> Waitlist() => Bookings.Where(b => b.Status == SeatStatus.Waitlisted).ToList();

    /// <summary>The next waiting booking in line, to offer seats to; only ever taken from the loaded head.</summary>
    public bool InHead(SessionBooking waiting) => Head is null || waiting.Line <= Head.Through;

    public SessionBooking? Find(Guid bookingId) => Bookings.FirstOrDefault(b => b.Id == bookingId);

    /// <summary>1-based place on the waitlist, or null when the booking is not waiting.</summary>
    public int? WaitlistPosition(Guid bookingId)
    {
        var waitlist = Waitlist();
        var index = waitlist.Select(b => b.Id).ToList().IndexOf(bookingId);
        if (index < 0)
        {
            return null;
        }
        if (InHead(waitlist[index]))
        {
            return index + 1;
        }
        // Behind the head, only a booking that joined since the load knows its place: everyone behind it is loaded too.
        if (waitlist[index].Line <= Head!.LinesAtLoad)
        {
            throw new InvalidOperationException($"Booking {bookingId} waits behind the loaded head of session {Id}'s waitlist.");
        }
        return Waiting - (waitlist.Count - index - 1);
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
        // Who took the booking is no change of it: the booking's sequence (its ETag) stays.
        BookingTakenByStaff s => Change(s.BookingId, b => b with { BookedBy = s.StaffId, Channel = s.Channel }, counts: false),
        SessionMoved m => this with
        {
            Seats = Seats with { StartsAt = m.StartsAt, EndsAt = m.EndsAt, Capacity = m.Capacity, Changes = Seats.Changes + 1 },
        },
        SessionCancelled x => this with { Seats = Seats with { CancelledAt = x.CancelledAt, Changes = Seats.Changes + 1 } },
        _ => this,
    };

    private SessionState Add(Guid bookingId, Guid organisationId, int seats, SeatStatus status)
    {
        var booking = new SessionBooking(bookingId, Id, organisationId, seats, status, Seats.Lines + 1);
        return this with { Seats = Seats.Counting(null, booking), Bookings = [.. Bookings, booking] };
    }

    // A booking the decision did not load cannot change: the engine loads every booking a command names.
    private SessionState Change(Guid bookingId, Func<SessionBooking, SessionBooking> change, bool last = false, bool counts = true)
    {
        if (Find(bookingId) is not { } before)
        {
            throw new InvalidOperationException($"Booking {bookingId} of session {Id} was not loaded for the change.");
        }
        var after = change(before) with { Sequence = before.Sequence + (counts ? 1 : 0) };
        var bookings = last
            ? [.. Bookings.Where(b => b.Id != bookingId), after]
            : Bookings.Select(b => b.Id == bookingId ? after : b).ToList();
        return this with { Seats = Seats.Counting(before, after), Bookings = bookings };
    }
}
