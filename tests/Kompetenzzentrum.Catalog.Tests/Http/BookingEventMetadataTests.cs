using System.Net.Http.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class BookingEventMetadataTests(HostFixture host)
{
    [Fact]
    public async Task Given_bookings_that_share_a_transaction_Then_each_event_carries_its_own_requests_correlation_id_and_user()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);
        using var client = host.CreateAdminClient();
        using var start = new SemaphoreSlim(0);

        var requests = Enumerable.Range(0, 12).Select(async _ =>
        {
            var correlation = $"kz-test-{Guid.NewGuid():N}";
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{session}/bookings")
            {
                Content = JsonContent.Create(CatalogApi.Booking(Guid.NewGuid(), "Max Muster")),
            };
            request.Headers.Add("X-Correlation-Id", correlation);
            await start.WaitAsync();
            var booked = await CatalogApi.Created(await client.SendAsync(request));
            return (Correlation: correlation, BookingId: booked.GetProperty("bookingId").GetGuid());
        }).ToList();
        start.Release(12);
        var bookings = await Task.WhenAll(requests);

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select data ->> 'bookingId', correlation_id, user_name from kz.mt_events "
            + "where stream_id = $1 and type in ('booking_confirmed', 'booking_waitlisted')", connection)
        {
            Parameters = { new() { Value = session } },
        };
        var stored = new List<(Guid BookingId, string? Correlation, string? User)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add((Guid.Parse(reader.GetString(0)), reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        Assert.Equal(bookings.Select(b => b.BookingId).Order(), stored.Select(s => s.BookingId).Order());
        Assert.All(bookings, b => Assert.Equal(b.Correlation, stored.Single(s => s.BookingId == b.BookingId).Correlation));
        Assert.All(stored, s => Assert.False(string.IsNullOrEmpty(s.User)));
    }
}
