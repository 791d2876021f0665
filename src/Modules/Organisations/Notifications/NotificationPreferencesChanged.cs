using Kompetenzzentrum.Contracts.Notifications;

namespace Kompetenzzentrum.Modules.Organisations.Notifications;

/// <summary>The person chose which reminder-type mails to receive: every kind not in <paramref name="Muted"/> goes.</summary>
internal sealed record NotificationPreferencesChanged(Guid AccountId, IReadOnlyList<NotificationKind> Muted, DateTimeOffset At);
