using JasperFx.Events;
using Marten;
using Marten.Services.BatchQuerying;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// The one place that reads sessions for a change and writes what the change decided: events on the session's
/// stream, and in the same unit of work the booking rows and the session's counters that those events produce.
/// </summary>
internal static class SessionWrites
{
    /// <summary>
    /// Begins the unit of work's transaction and locks the sessions' seats rows in id order (two writers holding
    /// several sessions cannot deadlock), in one round trip with their open bookings, the <paramref name="named"/>
    /// bookings and those of the <paramref name="organisations"/>. Sessions that do not exist are missing from the answer.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, SessionState>> LockAsync(IDocumentSession session, IReadOnlyCollection<Guid> sessionIds,
        IReadOnlyCollection<Guid> named, IReadOnlyCollection<Guid> organisations, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        var batch = session.CreateBatchQuery();
        var held = Lock(batch, sessionIds, named, organisations);
        await batch.Execute(ct);
        return await held;
    }

    /// <summary>
    /// <see cref="LockAsync"/> as part of a batch, so that other reads share its round trip; the answer is there once
    /// the batch ran. The unit of work's transaction must have begun (<c>BeginTransactionAsync</c>).
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, SessionState>> Lock(IBatchedQuery batch, IReadOnlyCollection<Guid> sessionIds,
        IReadOnlyCollection<Guid> named, IReadOnlyCollection<Guid> organisations)
    {
        var ids = sessionIds.Distinct().Order().ToArray();
        var (names, orgs, open) = (named.ToArray(), organisations.ToArray(), SessionBooking.Open);
        var seats = batch.Query<SessionSeats>("where id = any(?) order by id for update", ids);
        var bookings = batch.Query<SessionBooking>()
            .Where(b => ids.Contains(b.SessionId) && (open.Contains(b.Status) || names.Contains(b.Id) || orgs.Contains(b.OrganisationId)))
            .ToList();
        var bySession = (await bookings).ToLookup(b => b.SessionId);
        return (await seats).ToDictionary(s => s.Id, s => new SessionState(s, [.. bySession[s.Id].OrderBy(b => b.Line)]));
    }

    /// <summary>
    /// Appends the events to the session's stream and stores the booking rows they changed and the counters; nothing
    /// is saved until the unit of work commits. Returns the state after the events and the appended events, for metadata.
    /// </summary>
    public static SessionState Record(IDocumentSession session, SessionState state, IReadOnlyList<object> events) =>
        Record(session, state, events, out _);

    /// <summary>
    /// <see cref="Record(IDocumentSession, SessionState, IReadOnlyList{object})"/>, also telling the events as appended
    /// (<paramref name="appended"/>), to stamp them with who asked when several requests share the unit of work.
    /// </summary>
    public static SessionState Record(IDocumentSession session, SessionState state, IReadOnlyList<object> events, out IReadOnlyList<IEvent> appended)
    {
        appended = [];
        if (events.Count == 0)
        {
            return state;
        }
        var stream = session.Events.Append(state.Id, events);
        appended = stream.Events.Skip(stream.Events.Count - events.Count).ToList();
        var after = events.Aggregate(state, (s, e) => s.Evolve(e));
        var before = state.Bookings.ToDictionary(b => b.Id);
        foreach (var booking in after.Bookings.Where(b => !before.TryGetValue(b.Id, out var was) || !ReferenceEquals(was, b)))
        {
            Replace(session, before.GetValueOrDefault(booking.Id), booking);
        }
        Replace(session, state.Seats, after.Seats);
        return after;
    }

    // Marten's unit of work keeps one write per document instance, and every change makes a new record instance: when
    // several commands of one transaction change the same row, the write of the version before goes, so the row is
    // written once, as it ends, not once per command (a shared transaction of 15 bookings wrote the counters 15 times).
    private static void Replace<T>(IDocumentSession session, T? before, T after)
        where T : notnull
    {
        if (before is not null)
        {
            session.Eject(before);
        }
        session.Store(after);
    }

    /// <summary>Starts a new session's stream and stores its seats row.</summary>
    public static SessionState Start(IDocumentSession session, SessionScheduled scheduled)
    {
        session.Events.StartStream(scheduled.SessionId, scheduled);
        var state = SessionState.Start(scheduled);
        session.Store(state.Seats);
        return state;
    }
}
