using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>A request to move a session: each value left out stays as it is (a new start alone keeps the duration).</summary>
internal sealed record MoveSessionInput(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int? Capacity);

/// <summary>A request to cancel a session, with the reason the attendees are told.</summary>
internal sealed record CancelSessionInput(string? Reason);

/// <summary>
/// Pure rules for moving and cancelling a scheduled session. The engine holds the session (its seats row locked) with
/// its whole waitlist for a move, and with every booking for a cancellation, so the events cover all of them.
/// </summary>
internal static class SessionLifecycleDecider
{
    public const int MaxReasonLength = 1_000;

    /// <summary>Moves the session; more seats are offered down the waitlist in order, fewer than are taken are refused.</summary>
    public static Decision Move(SessionState session, MoveSessionInput input, TimeSpan offerWindow, DateTimeOffset now)
    {
        if (Unchangeable(session, now) is { } refused)
        {
            return refused;
        }
        var capacity = input.Capacity ?? session.Capacity;
        if (capacity < 1 || capacity > SessionDecider.MaxCapacity)
        {
            return Refusal.Invalid("capacity", "catalog.capacity-range", TextArgs.Of(("max", SessionDecider.MaxCapacity)));
        }
        var starts = input.StartsAt ?? session.StartsAt;
        if (starts <= now)
        {
            return Refusal.Invalid("startsAt", "catalog.session-start-future");
        }
        var ends = input.EndsAt ?? starts + (session.EndsAt - session.StartsAt);
        if (ends <= starts)
        {
            return Refusal.Invalid("endsAt", "catalog.session-end-after-start");
        }
        if (capacity < session.SeatsTaken())
        {
            return Refusal.Conflict("catalog.capacity-below-taken", TextArgs.Of(("taken", session.SeatsTaken()), ("requested", capacity)));
        }
        if (starts == session.StartsAt && ends == session.EndsAt && capacity == session.Capacity)
        {
            return Decision.Accept([]);
        }
        var swept = BookingDecider.Sweep(session, offerWindow, now);
        var moved = new SessionMoved(session.Id, starts, ends, capacity, now);
        var after = swept.Append(moved).Aggregate(session, (s, e) => s.Evolve(e));
        return Decision.Accept([.. swept, moved, .. BookingDecider.Offer(after, offerWindow, now)]);
    }

    /// <summary>Cancels the session: every booking still open (confirmed, waiting, offered, pending) ends with it.</summary>
    public static Decision Cancel(SessionState session, CatalogEntry offering, CancelSessionInput input, DateTimeOffset now)
    {
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            return Refusal.Invalid("reason", "catalog.session-cancel-reason-required");
        }
        if (reason.Length > MaxReasonLength)
        {
            return Refusal.Invalid("reason", "catalog.session-cancel-reason-too-long", TextArgs.Of(("max", MaxReasonLength)));
        }
        if (Unchangeable(session, now) is { } refused)
        {
            return refused;
        }
        return Decision.Accept([new SessionCancelled(session.Id, reason, now), .. BookingDecider.EndAll(session, offering, now)]);
    }

    // A cancelled session stays cancelled, one that began is history, and a slot moves only through its offering type.
    private static Refusal? Unchangeable(SessionState session, DateTimeOffset now) =>
        session.Seats.IsCancelled ? Refusal.Conflict("catalog.session-cancelled")
        : session.Seats.IsSlot ? Refusal.Conflict("catalog.slot-booked-through-type")
        : now >= session.StartsAt ? Refusal.Conflict("catalog.session-started")
        : null;
}
