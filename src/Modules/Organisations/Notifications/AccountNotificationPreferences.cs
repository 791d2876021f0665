using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Notifications;

/// <summary>
/// The accounts' notification settings for other modules' senders: one lookup by the unique normalised address. An
/// address without a live account (a contact typed at booking) gets every mail.
/// </summary>
internal sealed class AccountNotificationPreferences(IDocumentStore store) : INotificationPreferences
{
    public async Task<bool> AllowsAsync(string address, NotificationKind kind, CancellationToken cancellationToken)
    {
        var normalized = address.Trim().ToLowerInvariant();
        await using var session = store.QuerySession();
        var account = await session.Query<Account>().Where(a => a.NormalizedEmail == normalized).FirstOrDefaultAsync(cancellationToken);
        return account is not { Erased: false } || !account.MutedNotifications.Contains(kind);
    }
}
