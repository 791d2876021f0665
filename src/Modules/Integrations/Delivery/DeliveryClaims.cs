using Marten;
using Npgsql;

namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>
/// Claims due deliveries for one worker: a single statement picks them <c>for update skip locked</c> and sets a lease,
/// so concurrent workers on any number of hosts never claim one delivery twice; a crashed worker's lease runs out and
/// another worker retries the delivery (the same <c>webhook-id</c>, so receivers can drop the repeat).
/// </summary>
internal sealed class DeliveryClaims(IDocumentStore store, NpgsqlDataSource database)
{
    private string Table => store.Options.Schema.For<WebhookDelivery>();

    public async Task<IReadOnlyList<Guid>> ClaimAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken ct)
    {
        await using var command = database.CreateCommand(
            $"update {Table} set leased_until = @until where id in (select id from {Table} "
            + "where state = 'Pending' and next_attempt_at <= @now and (leased_until is null or leased_until < @now) "
            + "order by next_attempt_at limit @limit for update skip locked) returning id");
        command.Parameters.AddWithValue("until", now + lease);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("limit", limit);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }
}
