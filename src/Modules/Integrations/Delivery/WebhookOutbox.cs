using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JasperFx.Events;
using Kompetenzzentrum.Modules.Integrations.Events;
using Kompetenzzentrum.Modules.Integrations.Subscriptions;
using Marten;

namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>
/// Turns committed events into deliveries, one per (event, subscription that wants its type). The deliveries are
/// stored in the same transaction as the subscription's progress (see <see cref="WebhookOutboxSubscription"/>); their
/// ids derive from the event and the subscription, so a page handled twice adds nothing.
/// </summary>
internal static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> PlanAsync(IReadOnlyList<IEvent> events, IDocumentOperations operations, CancellationToken ct)
    {
        var mapped = events.Select(e => (Event: e, Webhook: WebhookEventCatalog.Map(e.Data)))
            .Where(x => x.Webhook is not null).ToList();
        if (mapped.Count == 0)
        {
            return 0;
        }
        var subscriptions = await operations.Query<WebhookSubscription>().Where(s => s.Enabled).ToListAsync(ct);
        var planned = new List<WebhookDelivery>();
        foreach (var (e, webhook) in mapped)
        {
            var (type, payload) = webhook!.Value;
            var wanting = subscriptions.Where(s => s.Wants(type)).ToList();
            if (wanting.Count == 0)
            {
                continue; // nobody listens: not even the body is written
            }
            var body = JsonSerializer.Serialize(new { type, timestamp = e.Timestamp, data = payload }, Json);
            planned.AddRange(wanting.Select(s => new WebhookDelivery(IdOf(e.Id, s.Id), s.Id, e.Id, type, body, e.Timestamp)));
        }
        if (planned.Count == 0)
        {
            return 0;
        }
        var existing = (await operations.LoadManyAsync<WebhookDelivery>(ct, planned.Select(d => d.Id))).Select(d => d.Id).ToHashSet();
        var fresh = planned.Where(d => !existing.Contains(d.Id)).ToArray();
        if (fresh.Length > 0)
        {
            operations.Insert(fresh);
        }
        return fresh.Length;
    }

    /// <summary>A stable id of an event's delivery to a subscription.</summary>
    public static Guid IdOf(Guid eventId, Guid subscriptionId) =>
        new(SHA256.HashData(Encoding.ASCII.GetBytes($"{eventId:N}{subscriptionId:N}")).AsSpan(0, 16));
}
