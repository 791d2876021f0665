namespace Kompetenzzentrum.Contracts.Notifications;

/// <summary>
/// Which reminder-type mails a person wants, as set on their account's notification settings. Senders ask it at the
/// moment they queue a mail of a <see cref="NotificationKind"/>, so a change holds for every mail not yet queued.
/// Implemented by the module that owns accounts; a module switched off leaves no implementation, and then every mail
/// is allowed (use <see cref="NotificationPreferencesExtensions.AllowAsync"/> over all registrations).
/// </summary>
public interface INotificationPreferences
{
    /// <summary>
    /// Whether mail of this kind may go to the address: false only when an account with that address has opted out.
    /// An address without an account (a contact typed at booking) gets every mail, as do all accounts by default.
    /// </summary>
    /// <param name="address">The recipient's address, in any case.</param>
    /// <param name="kind">The kind of mail about to be queued.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<bool> AllowsAsync(string address, NotificationKind kind, CancellationToken cancellationToken);
}

/// <summary>Asking every registered <see cref="INotificationPreferences"/> at once.</summary>
public static class NotificationPreferencesExtensions
{
    /// <summary>True when every registration allows the mail (and so when there is none).</summary>
    /// <param name="preferences">The registrations, as the container gives them (<c>IEnumerable&lt;INotificationPreferences&gt;</c>).</param>
    /// <param name="address">The recipient's address.</param>
    /// <param name="kind">The kind of mail about to be queued.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public static async Task<bool> AllowAsync(
        this IEnumerable<INotificationPreferences> preferences, string address, NotificationKind kind, CancellationToken cancellationToken)
    {
        foreach (var preference in preferences)
        {
            if (!await preference.AllowsAsync(address, kind, cancellationToken))
            {
                return false;
            }
        }
        return true;
    }
}
