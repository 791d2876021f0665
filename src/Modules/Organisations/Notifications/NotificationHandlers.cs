using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Notifications;

/// <summary>
/// The notification settings of the API (<see cref="NotificationEndpoints"/>) and the page (<see cref="NotificationPages"/>):
/// load the account → <see cref="NotificationDecider"/> → append. The last answer holds, so a concurrent write to the
/// account (a sign-in) is retried on fresh state.
/// </summary>
internal static class NotificationHandlers
{
    public static async Task<Result<NotificationSettings>> GetAsync(Guid accountId, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Account>(accountId, ct) is { Erased: false } account
            ? NotificationSettings.Of(account.MutedNotifications)
            : Refusal.NotFound("common.not-found");

    public static Task<Result<NotificationSettings>> SetAsync(
        Guid accountId, NotificationSettings settings, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        session.RetryOnConflictAsync<Result<NotificationSettings>>(async attempt =>
        {
            var stream = await session.Events.FetchForWriting<Account>(accountId, attempt);
            if (stream.Aggregate is not { Erased: false } account)
            {
                return Refusal.NotFound("common.not-found");
            }
            var decision = NotificationDecider.Change(account, settings, clock.GetUtcNow());
            if (decision.Refused is { } refusal)
            {
                return refusal;
            }
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(attempt);
            return NotificationSettings.Of(decision.Events.OfType<NotificationPreferencesChanged>().LastOrDefault()?.Muted
                ?? account.MutedNotifications);
        }, ct);
}
