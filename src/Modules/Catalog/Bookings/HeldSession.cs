using JasperFx.Events;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// A session held for a change of its bookings: the stream fetched for exclusive writing and the session's
/// offering. The row lock holds until the change is committed, so freed seats are offered exactly once, never
/// sold twice, and a late cancellation cannot race the marking of attendance.
/// </summary>
internal sealed class HeldSession(IDocumentSession session, IEventStream<SessionState> stream, CatalogEntry offering)
{
    public SessionState State => stream.Aggregate!;

    public CatalogEntry Offering => offering;

    /// <summary>Holds the session; null when the session or its offering is gone.</summary>
    public static async Task<HeldSession?> HoldAsync(IDocumentSession session, Guid sessionId, CancellationToken ct)
    {
        var stream = await session.Events.FetchForExclusiveWriting<SessionState>(sessionId, ct);
        return stream.Aggregate is not null && await session.LoadAsync<CatalogEntry>(stream.Aggregate.OfferingId, ct) is { } offering
            ? new HeldSession(session, stream, offering)
            : null;
    }

    /// <summary>Appends and commits the events, if any, then runs what follows them (e.g. timers for seat offers).</summary>
    public async Task CommitAsync(IReadOnlyList<object> events, Func<IReadOnlyList<object>, Task>? committed, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }
        stream.AppendMany(events);
        await session.SaveChangesAsync(ct);
        if (committed is not null)
        {
            await committed(events);
        }
    }
}
