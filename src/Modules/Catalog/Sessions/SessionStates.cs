using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>Reads sessions with all their bookings, for pages and answers that list or look up bookings.</summary>
internal static class SessionStates
{
    /// <summary>The session with every booking in line order; null when there is no such session.</summary>
    public static async Task<SessionState?> LoadAsync(IQuerySession session, Guid sessionId, CancellationToken ct) =>
        (await LoadManyAsync(session, [sessionId], ct)).GetValueOrDefault(sessionId);

    /// <summary>The sessions found among <paramref name="sessionIds"/>, each with every booking in line order.</summary>
    public static async Task<IReadOnlyDictionary<Guid, SessionState>> LoadManyAsync(
        IQuerySession session, IEnumerable<Guid> sessionIds, CancellationToken ct)
    {
        var ids = sessionIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<Guid, SessionState>();
        }
        var batch = session.CreateBatchQuery();
        var seats = batch.LoadMany<SessionSeats>().ById(ids);
        var bookings = batch.Query<SessionBooking>().Where(b => ids.Contains(b.SessionId)).ToList();
        await batch.Execute(ct);
        var bySession = (await bookings).ToLookup(b => b.SessionId);
        return (await seats).ToDictionary(s => s.Id, s => new SessionState(s, [.. bySession[s.Id].OrderBy(b => b.Line)]));
    }

    /// <summary>The bookings of one organisation, with their sessions, newest session first.</summary>
    public static async Task<IReadOnlyList<SessionBooking>> OfOrganisationAsync(IQuerySession session, Guid organisationId, CancellationToken ct) =>
        await session.Query<SessionBooking>().Where(b => b.OrganisationId == organisationId).ToListAsync(ct);
}
