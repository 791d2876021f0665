using System.Collections.Concurrent;
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
    /// several sessions cannot deadlock), in one round trip with the bookings a change may move: the offered and
    /// pending ones, the <paramref name="named"/> bookings, those of the <paramref name="organisations"/> and the
    /// waitlist (see <see cref="Lock"/> for <paramref name="bookingOnly"/>). Sessions that do not exist are missing from the answer.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, SessionState>> LockAsync(IDocumentSession session, IReadOnlyCollection<Guid> sessionIds,
        IReadOnlyCollection<Guid> named, IReadOnlyCollection<Guid> organisations, CancellationToken ct, bool bookingOnly = false)
    {
        await session.BeginTransactionAsync(ct);
        var batch = session.CreateBatchQuery();
        var held = Lock(session, batch, sessionIds, named, organisations, bookingOnly);
        await batch.Execute(ct);
        return await held;
    }

    /// <summary>
    /// <see cref="LockAsync"/> as part of a batch, so that other reads share its round trip; the answer is there once
    /// the batch ran. The unit of work's transaction must have begun (<c>BeginTransactionAsync</c>).
    /// </summary>
    /// <remarks>
    /// With <paramref name="bookingOnly"/>, for transactions whose commands only book, the waitlist's head is loaded,
    /// not all of it. Booking frees no seat, and offers made in the transaction outlast it, so the seats the
    /// transaction can offer are at most those free now and those held by offers that may lapse; each offer takes at
    /// least one seat, so that many waiting bookings from the front are all it can reach. Busy sessions wait long
    /// lines; loading them whole made every booking read the line (a third of the booking path's database time).
    /// </remarks>
    public static async Task<IReadOnlyDictionary<Guid, SessionState>> Lock(IDocumentSession session, IBatchedQuery batch,
        IReadOnlyCollection<Guid> sessionIds, IReadOnlyCollection<Guid> named, IReadOnlyCollection<Guid> organisations, bool bookingOnly = false)
    {
        var ids = sessionIds.Distinct().Order().ToArray();
        var seats = batch.Query<SessionSeats>("where id = any(?) order by id for update", ids);
        var bookings = batch.Query<SessionBooking>(Sql.GetOrAdd((session.DocumentStore.Options.DatabaseSchemaName, bookingOnly), BookingsSql),
            ids, named.ToArray(), ids, organisations.ToArray(), ids, ids);
        var bySession = (await bookings).ToLookup(b => b.SessionId);
        return (await seats).ToDictionary(s => s.Id, s => Held(s, [.. bySession[s.Id].DistinctBy(b => b.Id).OrderBy(b => b.Line)], bookingOnly));
    }

    private static SessionState Held(SessionSeats seats, IReadOnlyList<SessionBooking> bookings, bool bookingOnly)
    {
        var waitlist = bookings.Where(b => b.Status == SeatStatus.Waitlisted).ToList();
        if (!bookingOnly || waitlist.Count == seats.Waiting)
        {
            return new SessionState(seats, bookings);
        }
        // The same reach as the query's limit: the loaded bookings of the head are the first of the loaded waitlist.
        var reach = Reach(seats, bookings);
        return new SessionState(seats, bookings, new WaitlistHead(reach == 0 ? 0 : waitlist[Math.Min(reach, waitlist.Count) - 1].Line, seats.Lines));
    }

    /// <summary>Seats free now or held by offers that may lapse: the waiting bookings a booking transaction can reach.</summary>
    private static int Reach(SessionSeats seats, IEnumerable<SessionBooking> bookings) =>
        Math.Max(0, seats.Capacity - seats.Taken + bookings.Where(b => b.Status == SeatStatus.Offered).Sum(b => b.Seats));

    // Built once per schema and kind, not on every booking transaction.
    private static readonly ConcurrentDictionary<(string Schema, bool BookingOnly), string> Sql = new();

    // Marten prefixes "select d.id, d.data from <table> as d". The head's limit is Reach in SQL, on the row just locked.
    private static string BookingsSql((string Schema, bool BookingOnly) of)
    {
        var (schema, bookingOnly) = of;
        const string SessionOf = "CAST({0}.data ->> 'sessionId' as uuid)";
        var waitlist = bookingOnly
            ? $"""
              select h.id from {schema}.mt_doc_sessionseats s cross join lateral (
                select w.id from {schema}.mt_doc_sessionbooking w
                where {string.Format(SessionOf, "w")} = s.id and w.data ->> 'status' = 'Waitlisted'
                order by CAST(w.data ->> 'line' as bigint)
                limit greatest(0, CAST(s.data ->> 'capacity' as int) - CAST(s.data ->> 'taken' as int) + (
                  select coalesce(sum(CAST(o.data ->> 'seats' as int)), 0) from {schema}.mt_doc_sessionbooking o
                  where {string.Format(SessionOf, "o")} = s.id and o.data ->> 'status' = 'Offered'))) h
              where s.id = any(?)
              """
            : $"""
              select w.id from {schema}.mt_doc_sessionbooking w
              where {string.Format(SessionOf, "w")} = any(?) and w.data ->> 'status' = 'Waitlisted'
              """;
        // "= any(array(...))", not "in (...)": the ids are found first, then read by key; "in" read the whole table.
        return $"""
            where d.id = any(array(
              select b.id from {schema}.mt_doc_sessionbooking b
              where {string.Format(SessionOf, "b")} = any(?) and b.data ->> 'status' in ('Offered', 'Pending')
              union all
              select b.id from {schema}.mt_doc_sessionbooking b where b.id = any(?) and {string.Format(SessionOf, "b")} = any(?)
              union all
              select b.id from {schema}.mt_doc_sessionbooking b
              where CAST(b.data ->> 'organisationId' as uuid) = any(?) and {string.Format(SessionOf, "b")} = any(?)
              union all
              {waitlist}))
            """;
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
