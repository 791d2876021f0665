using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Integrations.Subscriptions;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>
/// Sends due deliveries: claims a batch (<see cref="DeliveryClaims"/>), POSTs them in parallel, records each attempt
/// with the retry decision (<see cref="RetrySchedule"/>), then counts failures per receiver and disables one that failed
/// too often in a row (<see cref="SubscriptionHealth"/>), mailing staff.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class WebhookDispatchJob(
    DeliveryClaims claims, WebhookSender sender, IDocumentStore store, DeliveryOptions options, TimeProvider clock,
    ITemplateRenderer templates, ITexts texts, IMailSender mail, ILogger<WebhookDispatchJob> logger) : IJob
{
    public static readonly JobKey Key = new("webhook-dispatch", "integrations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await RunOnceAsync(cancellationToken);

    /// <summary>One pass; returns how many deliveries it attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var ids = await claims.ClaimAsync(clock.GetUtcNow(), options.Lease, 20, ct);
        if (ids.Count == 0)
        {
            return 0;
        }
        await using var session = store.LightweightSession();
        var deliveries = await session.LoadManyAsync<WebhookDelivery>(ct, ids);
        var subscriptions = (await session.LoadManyAsync<WebhookSubscription>(ct, deliveries.Select(d => d.SubscriptionId).Distinct()))
            .ToDictionary(s => s.Id);
        var attempts = await Task.WhenAll(deliveries.Select(d => AttemptAsync(d, subscriptions.GetValueOrDefault(d.SubscriptionId), ct)));
        foreach (var (delivery, attempt) in deliveries.Zip(attempts))
        {
            session.Store(attempt is null
                ? delivery with { State = DeliveryState.Abandoned, LeasedUntil = null }
                : RetrySchedule.After(delivery, attempt, options.RetryDelays));
        }
        await session.SaveChangesAsync(ct);
        var bySubscription = deliveries.Zip(attempts).Where(x => x.Second is not null).GroupBy(x => x.First.SubscriptionId);
        foreach (var group in bySubscription)
        {
            await RecordHealthAsync(group.Key, group.Select(x => x.Second!).OrderBy(a => a.At).ToList(), ct);
        }
        logger.LogDebug("Attempted {Count} webhook deliveries", ids.Count);
        return ids.Count;
    }

    private async Task<DeliveryAttempt?> AttemptAsync(WebhookDelivery delivery, WebhookSubscription? subscription, CancellationToken ct) =>
        subscription is { Enabled: true } ? await sender.SendAsync(delivery, subscription, ct) : null;

    private async Task RecordHealthAsync(Guid subscriptionId, IReadOnlyList<DeliveryAttempt> attempts, CancellationToken ct)
    {
        // Another host may count the same receiver at once: the subscription is versioned, a conflict is retried.
        for (var round = 0; ; round++)
        {
            await using var session = store.LightweightSession();
            if (await session.LoadAsync<WebhookSubscription>(subscriptionId, ct) is not { } subscription)
            {
                return;
            }
            var (updated, disabled) = SubscriptionHealth.Record(subscription, attempts, options.DisableAfterFailures, clock.GetUtcNow());
            session.Store(updated);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (JasperFx.ConcurrencyException) when (round < 5)
            {
                continue;
            }
            if (disabled)
            {
                logger.LogWarning(
                    "Webhook receiver {SubscriptionId} disabled after {Failures} failures", subscriptionId, updated.ConsecutiveFailures);
                await DisabledMail.SendAsync(updated, options, templates, texts, mail, ct);
            }
            return;
        }
    }
}
