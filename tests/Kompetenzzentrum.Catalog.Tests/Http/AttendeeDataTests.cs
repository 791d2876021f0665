using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class AttendeeDataTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_booking_with_named_attendees_Then_the_names_are_shown_to_the_booker_but_kept_out_of_the_event_store()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 4);
        var marker = "Zoe Unverwechselbar " + Guid.NewGuid().ToString("N")[..8];

        var booking = await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), null, marker, "Jan Zweit"));

        var read = await api.GetAsync($"/api/catalog/sessions/{session}/bookings/{booking.GetProperty("bookingId").GetGuid()}");
        Assert.Contains(marker, read.GetProperty("attendees").EnumerateArray().Select(a => a.GetString()));
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var events = new NpgsqlCommand(
            "select count(*) filter (where data::text like @marker), "
            + "count(*) filter (where type = 'booking_confirmed' and (data->>'seats')::int = 2) from kz.mt_events",
            connection);
        events.Parameters.AddWithValue("marker", "%" + marker + "%");
        await using var reader = await events.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(0L, reader.GetInt64(0));
        Assert.True(reader.GetInt64(1) >= 1);
    }
}
