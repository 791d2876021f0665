using System.Collections.Concurrent;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// The accounts <see cref="AccountClaims"/> reads on every request, each kept with the version of its stream it was
/// read at. A request asks PostgreSQL for the stream's version (one primary-key lookup) and uses the kept account only
/// when the version is still the same, so a change recorded by any host counts on every host at the next request.
/// </summary>
internal sealed class AccountCache
{
    // Enough for every account active at once; beyond it the cache starts over rather than growing without bound.
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public bool TryGet(Guid id, long version, out Account? account)
    {
        if (_entries.TryGetValue(id, out var entry) && entry.Version == version)
        {
            account = entry.Account;
            return true;
        }
        account = null;
        return false;
    }

    public void Put(Guid id, long version, Account? account)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
        _entries[id] = new Entry(version, account);
    }

    private sealed record Entry(long Version, Account? Account);
}
