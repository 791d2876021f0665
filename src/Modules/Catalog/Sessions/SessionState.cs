using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>Where a booking stands. The numbers are stored (<see cref="SessionBookingPacking"/>): add new ones at the end, never renumber.</summary>
internal enum SeatStatus
{
    Confirmed = 0,
    Waitlisted = 1,
    /// <summary>Promoted from the waitlist: seats held until the offer expires.</summary>
    Offered = 2,
    Cancelled = 3,
    /// <summary>An offer expired unanswered.</summary>
    Lapsed = 4,
    /// <summary>After the start, staff recorded that at least one attendee came.</summary>
    Attended = 5,
    /// <summary>After the start, staff recorded that nobody came.</summary>
    NoShow = 6,
    /// <summary>Staff completed the attended participation.</summary>
    Completed = 7,
    /// <summary>A rule asked staff to approve the request: no seat taken, not on the waitlist yet.</summary>
    Pending = 8,
    /// <summary>Staff turned the pending request down.</summary>
    Rejected = 9,
}

/// <summary>
/// One booking of a session; its place in <see cref="SessionState.Bookings"/> is the order it arrived in.
/// <see cref="Sequence"/> counts its changes (the iCalendar SEQUENCE and the booking's ETag): 0 when made, one more with every change.
/// </summary>
internal sealed record SessionBooking(Guid BookingId, Guid OrganisationId, int Seats, SeatStatus Status, DateTimeOffset? OfferExpiresAt = null, int Sequence = 0, int? Attended = null)
{
    /// <summary>Seats this booking holds: confirmed, offered, or used by a booking whose session took place.</summary>
    public bool HoldsSeats => Status is SeatStatus.Confirmed or SeatStatus.Offered or SeatStatus.Attended or SeatStatus.NoShow or SeatStatus.Completed;

    /// <summary>Attendance, no-show and completion are final: such a booking can no longer be cancelled.</summary>
    public bool TookPlace => Status is SeatStatus.Attended or SeatStatus.NoShow or SeatStatus.Completed;
}

/// <summary>
/// A session and its seats, rebuilt from the session's stream alone: seats taken and the waitlist order
/// are derived from the booking events, never stored separately, so they cannot drift apart.
/// </summary>
internal sealed record SessionState(Guid Id, Guid OfferingId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity,
    [property: JsonConverter(typeof(SessionBookingsJson))] IReadOnlyList<SessionBooking> Bookings)
{
    public static SessionState Start(SessionScheduled e) => new(e.SessionId, e.OfferingId, e.StartsAt, e.EndsAt, e.Capacity, []);

    /// <summary>Seats confirmed or held for an open offer.</summary>
    public int SeatsTaken() => Bookings.Where(b => b.HoldsSeats).Sum(b => b.Seats);

    public int SeatsFree() => Capacity - SeatsTaken();

    /// <summary>Waiting bookings, first come first.</summary>
    public IReadOnlyList<SessionBooking> Waitlist() => Bookings.Where(b => b.Status == SeatStatus.Waitlisted).ToList();

    public SessionBooking? Find(Guid bookingId) => Bookings.FirstOrDefault(b => b.BookingId == bookingId);

    /// <summary>1-based place on the waitlist, or null when the booking is not waiting.</summary>
    public int? WaitlistPosition(Guid bookingId)
    {
        var index = Waitlist().Select(b => b.BookingId).ToList().IndexOf(bookingId);
        return index < 0 ? null : index + 1;
    }

    public SessionState Evolve(object e) => e switch
    {
        // Confirmed either directly (a new booking) or by accepting an offer (a booking already waiting).
        BookingConfirmed c when Find(c.BookingId) is not null => WithStatus(c.BookingId, SeatStatus.Confirmed),
        BookingConfirmed c => this with { Bookings = [.. Bookings, new SessionBooking(c.BookingId, c.OrganisationId, c.Seats, SeatStatus.Confirmed)] },
        // An approved request joins the end of the waitlist, behind everyone already waiting.
        BookingWaitlisted w when Find(w.BookingId) is { } pending =>
            this with { Bookings = [.. Bookings.Where(b => b.BookingId != w.BookingId), pending with { Status = SeatStatus.Waitlisted, Sequence = pending.Sequence + 1 }] },
        BookingWaitlisted w => this with { Bookings = [.. Bookings, new SessionBooking(w.BookingId, w.OrganisationId, w.Seats, SeatStatus.Waitlisted)] },
        BookingRequested r => this with { Bookings = [.. Bookings, new SessionBooking(r.BookingId, r.OrganisationId, r.Seats, SeatStatus.Pending)] },
        BookingRejected r => WithStatus(r.BookingId, SeatStatus.Rejected),
        BookingCancelled x => WithStatus(x.BookingId, SeatStatus.Cancelled),
        SeatOffered o => WithStatus(o.BookingId, SeatStatus.Offered, o.ExpiresAt),
        SeatOfferLapsed l => WithStatus(l.BookingId, SeatStatus.Lapsed),
        // Sequence also serves as the booking's ETag, so attendance and completion raise it too (no mail follows them).
        AttendanceRecorded a => this with { Bookings = Bookings.Select(b => b.BookingId == a.BookingId ? b with { Status = a.Attended > 0 ? SeatStatus.Attended : SeatStatus.NoShow, Attended = a.Attended, Sequence = b.Sequence + 1 } : b).ToList() },
        BookingCompleted c => this with { Bookings = Bookings.Select(b => b.BookingId == c.BookingId ? b with { Status = SeatStatus.Completed, Sequence = b.Sequence + 1 } : b).ToList() },
        _ => this,
    };

    private SessionState WithStatus(Guid bookingId, SeatStatus status, DateTimeOffset? offerExpiresAt = null) =>
        this with { Bookings = Bookings.Select(b => b.BookingId == bookingId ? b with { Status = status, OfferExpiresAt = offerExpiresAt, Sequence = b.Sequence + 1 } : b).ToList() };
}

/// <summary>How a seat status reads in answers: lower case, the no-show as <c>no-show</c>.</summary>
internal static class SeatStatusText
{
    public static string Text(this SeatStatus status) => status == SeatStatus.NoShow ? "no-show" : status.ToString().ToLowerInvariant();
}
