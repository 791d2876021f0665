using System.Collections.Concurrent;
using Marten;
using Marten.Services;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// The accounts <see cref="AccountClaims"/> read on every request, kept for a few seconds. A commit that appends
/// to an account's stream (role granted or revoked, organisation joined or left, erasure) removes the account on
/// this node at once; another node sees the change after at most <see cref="Lifetime"/>.
/// </summary>
internal sealed class AccountCache : DocumentSessionListenerBase
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private static readonly string? AccountEvents = typeof(AccountRegistered).Namespace;
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private long _changes;

    /// <summary>Taken before reading an account from the database; <see cref="Put"/> keeps the read only if no account changed since.</summary>
    public long Version => Interlocked.Read(ref _changes);

    public bool TryGet(Guid id, DateTimeOffset now, out Account? account)
    {
        if (_entries.TryGetValue(id, out var entry) && entry.Until > now)
        {
            account = entry.Account;
            return true;
        }
        account = null;
        return false;
    }

    public void Put(Guid id, Account? account, long version, DateTimeOffset now)
    {
        if (version == Version)
        {
            _entries[id] = new Entry(account, now + Lifetime);
        }
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var stream in commit.GetStreams())
        {
            if (stream.Events.Any(e => e.EventType.Namespace == AccountEvents))
            {
                Interlocked.Increment(ref _changes);
                _entries.TryRemove(stream.Id, out _);
            }
        }
        return Task.CompletedTask;
    }

    private sealed record Entry(Account? Account, DateTimeOffset Until);
}
