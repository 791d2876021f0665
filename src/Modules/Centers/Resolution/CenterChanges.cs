namespace Kompetenzzentrum.Modules.Centers.Resolution;

/// <summary>
/// A counter this host bumps after every committed center write (<see cref="CenterChangeListener"/>); the cache reloads on a new value.
/// </summary>
internal sealed class CenterChanges
{
    private int _version;

    public int Version => Volatile.Read(ref _version);

    public void Bump() => Interlocked.Increment(ref _version);
}
