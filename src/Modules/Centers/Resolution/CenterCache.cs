using Kompetenzzentrum.Modules.Centers.Centers;
using Marten;

namespace Kompetenzzentrum.Modules.Centers.Resolution;

/// <summary>
/// The centers in memory, so that resolving a request's center costs no database query: loaded once, loaded again after this
/// host wrote a center (<see cref="CenterChanges"/>) and at the latest <see cref="MaxAge"/> after the last load (a center
/// another host created or changed is seen within that time). A network has a few dozen centers.
/// </summary>
internal sealed class CenterCache(IDocumentStore store, CenterChanges changes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private Snapshot? _snapshot;
    private int _loads;

    /// <summary>How often the centers were read from the database (for tests: a request must not read them).</summary>
    public int Loads => Volatile.Read(ref _loads);

    public async Task<IReadOnlyList<Center>> CentersAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var version = changes.Version;
        if (Volatile.Read(ref _snapshot) is { } current && current.Version == version && now - current.LoadedAt < MaxAge)
        {
            return current.Centers;
        }
        await using var session = store.QuerySession();
        var centers = await session.Query<Center>().ToListAsync(ct);
        Interlocked.Increment(ref _loads);
        // Two requests may load at once; either snapshot is as new as the version read before loading.
        Volatile.Write(ref _snapshot, new Snapshot(centers, version, now));
        return centers;
    }

    private sealed record Snapshot(IReadOnlyList<Center> Centers, int Version, DateTimeOffset LoadedAt);
}
