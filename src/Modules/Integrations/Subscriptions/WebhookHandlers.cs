using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Integrations.Delivery;
using Marten;

namespace Kompetenzzentrum.Modules.Integrations.Subscriptions;

/// <summary>The use cases of subscriptions, shared by the API and the staff page.</summary>
internal static class WebhookHandlers
{
    public const string NotFound = "integrations.webhook-not-found";

    public static async Task<Result<WebhookSubscription>> RegisterAsync(
        RegisterWebhook body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var result = WebhookRegistration.Decide(body, Guid.CreateVersion7(), WebhookSecret.Create(), clock.GetUtcNow());
        if (result.Succeeded)
        {
            session.Insert(result.Value);
            await session.SaveChangesAsync(ct);
        }
        return result;
    }

    public static async Task<IReadOnlyList<WebhookSubscriptionView>> ListAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<WebhookSubscription>().OrderBy(s => s.CreatedAt).ToListAsync(ct)).Select(s => s.ToView()).ToList();

    /// <summary>Switches a subscription on again (resetting its failure count) or off.</summary>
    public static async Task<Result<WebhookSubscription>> SetEnabledAsync(
        Guid id, bool enabled, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<WebhookSubscription>(id, ct) is not { } subscription)
        {
            return Refusal.NotFound(NotFound);
        }
        var changed = enabled
            ? subscription with { Enabled = true, ConsecutiveFailures = 0, DisabledAt = null, DisabledReason = null }
            : subscription with { Enabled = false, DisabledAt = clock.GetUtcNow(), DisabledReason = SubscriptionHealth.ByStaff };
        session.Store(changed);
        await session.SaveChangesAsync(ct);
        return changed;
    }

    public static async Task<bool> DeleteAsync(Guid id, IDocumentSession session, CancellationToken ct)
    {
        if (await session.LoadAsync<WebhookSubscription>(id, ct) is null)
        {
            return false;
        }
        session.Delete<WebhookSubscription>(id);
        session.DeleteWhere<WebhookDelivery>(d => d.SubscriptionId == id);
        await session.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The newest deliveries of a subscription with their attempts, for the staff log.</summary>
    public static async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(Guid id, IQuerySession session, int take, CancellationToken ct) =>
        await session.Query<WebhookDelivery>().Where(d => d.SubscriptionId == id).OrderByDescending(d => d.CreatedAt).Take(take).ToListAsync(ct);
}
