using System.Collections.Concurrent;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>A session's offering and its type (null when the offering is gone).</summary>
internal sealed record SessionOffering(Guid OfferingId, string? OfferingType);

/// <summary>
/// Which offering a session belongs to, and of which type. Neither changes after scheduling, so the booking path
/// remembers them and saves reads per booking; the memory is bounded and simply starts over when full.
/// </summary>
internal sealed class SessionOfferings
{
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<Guid, SessionOffering> _known = new();

    /// <summary>The session's offering, or null when there is no such session.</summary>
    public async Task<SessionOffering?> OfferingOfAsync(IQuerySession session, Guid sessionId, CancellationToken ct)
    {
        if (_known.TryGetValue(sessionId, out var known))
        {
            return known;
        }
        if (await session.LoadAsync<SessionSeats>(sessionId, ct) is not { } state)
        {
            return null;
        }
        known = new SessionOffering(state.OfferingId, (await session.LoadAsync<CatalogEntry>(state.OfferingId, ct))?.OfferingType);
        if (known.OfferingType is null)
        {
            return known;
        }
        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }
        _known[sessionId] = known;
        return known;
    }
}
