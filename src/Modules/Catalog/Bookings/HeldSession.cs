using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// A session held for a decision: its seats row locked (<c>select … for update</c>) in the unit of work's
/// transaction, its open bookings and the bookings the command names loaded, and its offering. The lock holds until
/// the commit, so freed seats are offered exactly once, never sold twice, and a late cancellation cannot race the
/// marking of attendance. Every change of a session's bookings goes through here (<see cref="SessionWrites"/>).
/// </summary>
internal sealed class HeldSession(IDocumentSession session, SessionState state, CatalogEntry offering)
{
    public SessionState State { get; private set; } = state;

    public CatalogEntry Offering => offering;

    /// <summary>Holds the session; null when the session or its offering is gone.</summary>
    /// <param name="session">The unit of work; its transaction begins here.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="named">Bookings the command names, loaded whatever their status.</param>
    /// <param name="organisations">Organisations whose bookings of the session are loaded too (a new booking checks for an earlier one).</param>
    /// <param name="ct">Cancels the wait.</param>
    public static async Task<HeldSession?> HoldAsync(IDocumentSession session, Guid sessionId, IReadOnlyCollection<Guid> named,
        IReadOnlyCollection<Guid> organisations, CancellationToken ct)
    {
        var held = await SessionWrites.LockAsync(session, [sessionId], named, organisations, ct);
        return held.GetValueOrDefault(sessionId) is { } state && await session.LoadAsync<CatalogEntry>(state.OfferingId, ct) is { } offering
            ? new HeldSession(session, state, offering)
            : null;
    }

    /// <summary>Holds the session for a change of one booking.</summary>
    public static Task<HeldSession?> HoldAsync(IDocumentSession session, Guid sessionId, Guid bookingId, CancellationToken ct) =>
        HoldAsync(session, sessionId, [bookingId], [], ct);

    /// <summary>
    /// Loads every booking of the session into the state, settled ones too (a cancellation ends all of them). The seats row
    /// is locked, and every writer of the session's bookings locks it first, so the rows read here stay as read.
    /// </summary>
    public async Task LoadAllBookingsAsync(CancellationToken ct)
    {
        var id = State.Id;
        var all = await session.Query<SessionBooking>().Where(b => b.SessionId == id).ToListAsync(ct);
        State = State with { Bookings = [.. all.OrderBy(b => b.Line)], Head = null };
    }

    /// <summary>Records the events (appended, the booking rows and counters stored) without committing; returns the state after them.</summary>
    public SessionState Record(IReadOnlyList<object> events) => State = SessionWrites.Record(session, State, events);

    /// <summary>Records and commits the events, if any, then runs what follows them (e.g. timers for seat offers).</summary>
    public async Task CommitAsync(IReadOnlyList<object> events, Func<IReadOnlyList<object>, Task>? committed, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }
        Record(events);
        await session.SaveChangesAsync(ct);
        if (committed is not null)
        {
            await committed(events);
        }
    }
}
