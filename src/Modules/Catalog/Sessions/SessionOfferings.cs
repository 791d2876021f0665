using System.Collections.Concurrent;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Which offering a session belongs to. That never changes after scheduling, so the booking path remembers it
/// and saves a read per booking; the memory is bounded and simply starts over when full.
/// </summary>
internal sealed class SessionOfferings
{
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<Guid, Guid> _known = new();

    /// <summary>The session's offering, or null when there is no such session.</summary>
    public async Task<Guid?> OfferingOfAsync(IQuerySession session, Guid sessionId, CancellationToken ct)
    {
        if (_known.TryGetValue(sessionId, out var offeringId))
        {
            return offeringId;
        }
        if (await session.LoadAsync<SessionState>(sessionId, ct) is not { } state)
        {
            return null;
        }
        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }
        _known[sessionId] = state.OfferingId;
        return state.OfferingId;
    }
}
