using System.Text.Json.Serialization;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// A session as stored: when it runs, its capacity and counters of its bookings. The bookings themselves are rows of
/// their own (<see cref="SessionBooking"/>); the counters change in the same transaction as they do, so a catalog page
/// shows free seats without reading a single booking. Booking writers lock this row (<c>for update</c>) while they
/// decide, which serialises the changes of one session.
/// </summary>
/// <param name="Id">The session, also the id of its event stream.</param>
/// <param name="OfferingId">The offering the session belongs to.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="EndsAt">When it ends.</param>
/// <param name="Capacity">Seats in total.</param>
/// <param name="Taken">Seats confirmed, offered, or used by bookings of the session once it took place.</param>
/// <param name="Waiting">Bookings on the waitlist.</param>
/// <param name="Pending">Requests waiting for staff approval.</param>
/// <param name="Offered">Bookings holding seats offered from the waitlist, not yet accepted.</param>
/// <param name="Lines">Places in line handed out so far: each new booking, and each request moved to the waitlist, takes the next.</param>
/// <param name="ResourceId">For a slot of an offering type's slot source: whose slot it is (an expert); null for scheduled sessions.</param>
/// <param name="LimitKey">For a slot: the key of the organisation's limit its bookings count under, if any.</param>
/// <param name="Changes">How often staff moved or cancelled the session: its ETag, and added to every booking's iCalendar SEQUENCE.</param>
/// <param name="CancelledAt">When staff cancelled the session; a cancelled session is no longer bookable.</param>
internal sealed record SessionSeats(
    Guid Id,
    Guid OfferingId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity,
    int Taken = 0,
    int Waiting = 0,
    int Pending = 0,
    int Offered = 0,
    long Lines = 0,
    Guid? ResourceId = null,
    string? LimitKey = null,
    int Changes = 0,
    DateTimeOffset? CancelledAt = null)
{
    public static SessionSeats Start(SessionScheduled e) =>
        new(e.SessionId, e.OfferingId, e.StartsAt, e.EndsAt, e.Capacity, ResourceId: e.ResourceId, LimitKey: e.LimitKey);

    /// <summary>A slot of an offering type's own slot source, booked only through <see cref="Contracts.Slots.ISlotBookings"/>.</summary>
    [JsonIgnore]
    public bool IsSlot => ResourceId is not null;

    [JsonIgnore]
    public bool IsCancelled => CancelledAt is not null;

    public int SeatsTaken() => Taken;

    /// <summary>Seats still free; below zero never, unless staff lowered the capacity under the seats taken.</summary>
    public int SeatsFree() => Capacity - Taken;

    /// <summary>The counters after a booking changed from <paramref name="before"/> (null when new) to <paramref name="after"/>.</summary>
    public SessionSeats Counting(SessionBooking? before, SessionBooking after) => this with
    {
        Taken = Taken - (before is { HoldsSeats: true } ? before.Seats : 0) + (after.HoldsSeats ? after.Seats : 0),
        Waiting = Waiting - (before?.Status == SeatStatus.Waitlisted ? 1 : 0) + (after.Status == SeatStatus.Waitlisted ? 1 : 0),
        Pending = Pending - (before?.Status == SeatStatus.Pending ? 1 : 0) + (after.Status == SeatStatus.Pending ? 1 : 0),
        Offered = Offered - (before?.Status == SeatStatus.Offered ? 1 : 0) + (after.Status == SeatStatus.Offered ? 1 : 0),
        Lines = Math.Max(Lines, after.Line),
    };
}
