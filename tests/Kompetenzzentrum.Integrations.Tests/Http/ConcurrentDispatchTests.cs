using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Integrations.Tests.Http;

public sealed class ConcurrentDispatchTests(ManualDispatchFixture host) : IClassFixture<ManualDispatchFixture>
{
    private async Task<long> PendingAsync()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from kz.mt_doc_webhookdelivery where state = 'Pending'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Given_many_due_deliveries_When_four_workers_dispatch_at_once_Then_each_delivery_is_sent_exactly_once()
    {
        const int Bookings = 40;
        await using var receiver = await WebhookReceiver.StartAsync();
        using var staff = host.CreateAdminClient();
        await WebhooksApi.SubscribeAsync(staff, receiver, "booking.confirmed");
        var session = await WebhooksApi.SessionAsync(staff, capacity: Bookings);
        var bookings = new List<Guid>();
        for (var i = 0; i < Bookings; i++)
        {
            bookings.Add(await WebhooksApi.BookAsync(staff, session, Guid.NewGuid()));
        }
        await Eventually.Get(async () => (long?)await PendingAsync(), n => n == Bookings);

        // Four workers, each passing until nothing is left for it (a pass claims at most 20).
        var attempted = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var total = 0;
            for (var n = await host.DispatchOnceAsync(); n > 0; n = await host.DispatchOnceAsync())
            {
                total += n;
            }
            return total;
        })));

        Assert.Equal(Bookings, attempted.Sum());
        Assert.Equal(0, await PendingAsync());
        var received = receiver.Received;
        Assert.Equal(Bookings, received.Count);
        Assert.Equal(Bookings, received.Select(r => r.Id).Distinct().Count());
        Assert.All(received, r => Assert.True(r.Verified));
        Assert.Equal(bookings.Order(), received.Select(r => r.Json.GetProperty("data").GetProperty("bookingId").GetGuid()).Order());
    }
}
