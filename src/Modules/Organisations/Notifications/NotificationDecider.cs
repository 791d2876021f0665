using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Organisations.Accounts;

namespace Kompetenzzentrum.Modules.Organisations.Notifications;

/// <summary>Changing the notification settings as a pure decision: every kind must be answered; the same settings again record nothing.</summary>
internal static class NotificationDecider
{
    public const string Required = "organisations.notifications.required";

    public static Decision Change(Account account, NotificationSettings settings, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        foreach (var (kind, field) in NotificationSettings.Fields)
        {
            errors.When(settings.Receives(kind) is null, field, Required);
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var muted = NotificationSettings.Fields.Where(f => settings.Receives(f.Kind) is false).Select(f => f.Kind).ToList();
        return muted.SequenceEqual(account.MutedNotifications)
            ? Decision.Accept()
            : Decision.Accept(new NotificationPreferencesChanged(account.Id, muted, now));
    }
}
