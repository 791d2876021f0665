using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// Bookings are rows staff and support can read with <c>psql</c>: one document per booking with its status, the
/// session with counters only. Both are written in the transaction of the events, and agree with a replay of them.
/// </summary>
[Collection(CatalogHost.Name)]
public sealed class SessionStorageTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_full_session_with_a_cancellation_Then_each_booking_is_a_row_with_its_status_and_the_session_counts_them()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        var holder = Guid.NewGuid();
        var first = (await CatalogApi.Created(await api.BookAsync(session, holder, null, "Ada", "Bea"))).GetProperty("bookingId").GetGuid();
        var organisation = Guid.NewGuid();
        await CatalogApi.Created(await api.BookAsync(session, organisation, null, "Cem"));
        await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), null, "Dana"));
        (await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{first}/cancel", new { organisationId = holder }))
            .EnsureSuccessStatusCode();

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var rows = await Sql.ScalarAsync<string>(connection, """
            select string_agg(data->>'status' || ':' || (data->>'seats'), ',' order by (data->>'line')::bigint)
            from kz.mt_doc_sessionbooking where data->>'sessionId' = $1::text
            """, session);
        var counters = await Sql.ScalarAsync<string>(connection,
            "select concat_ws(',', data->>'taken', data->>'waiting', data->>'offered', data->>'lines') from kz.mt_doc_sessionseats where id = $1",
            session);
        var names = await Sql.ScalarAsync<string>(connection,
            "select a.data->'names'->>0 from kz.mt_doc_sessionbooking b join kz.mt_doc_bookingattendees a using (id) "
            + "where b.data->>'organisationId' = $1::text",
            organisation);

        // Ada and Bea cancelled; Cem and Dana waited, and each now holds one of the two freed seats as an offer.
        Assert.Equal("Cancelled:2,Offered:1,Offered:1", rows, ignoreCase: true);
        Assert.Equal("2,0,2,3", counters);
        Assert.Equal("Cem", names);
    }

    [Fact]
    public async Task Given_a_hundred_bookings_Then_the_session_row_does_not_grow_and_nothing_is_binary()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 50);
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var empty = await Sql.ScalarAsync<int>(connection, "select octet_length(data::text) from kz.mt_doc_sessionseats where id = $1", session);

        for (var i = 0; i < 100; i++)
        {
            await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), null, $"Teilnehmerin {i}"));
        }

        var size = await Sql.ScalarAsync<int>(connection, "select octet_length(data::text) from kz.mt_doc_sessionseats where id = $1", session);
        var longest = await Sql.ScalarAsync<int>(connection, """
            select max(length(value)) from kz.mt_doc_sessionbooking, jsonb_each_text(data) where data->>'sessionId' = $1::text
            """, session);
        Assert.InRange(size - empty, 0, 10);
        Assert.Equal(100, await Sql.ScalarAsync<long>(connection,
            "select count(*) from kz.mt_doc_sessionbooking where data->>'sessionId' = $1::text", session));
        // Ids and timestamps are the longest values; no packed list of bookings hides in a field.
        Assert.InRange(longest, 1, 40);
    }

    [Fact]
    public async Task Given_bookings_changed_every_way_Then_the_stored_rows_and_counters_equal_a_replay_of_the_session_stream()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);
        var bookings = new List<(Guid Booking, Guid Organisation)>();
        for (var i = 0; i < 6; i++)
        {
            var organisation = Guid.NewGuid();
            var booked = await CatalogApi.Created(await api.BookAsync(session, organisation, null, $"P{i}", $"Q{i}"));
            bookings.Add((booked.GetProperty("bookingId").GetGuid(), organisation));
        }
        foreach (var (booking, organisation) in bookings.Where((_, i) => i % 2 == 0))
        {
            (await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{booking}/cancel", new { organisationId = organisation }))
                .EnsureSuccessStatusCode();
        }

        // The host loads the module in a context of its own: its events and documents come here as JSON.
        await using var query = host.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = (await query.Events.FetchStreamAsync(session)).Select(e => Local(e.Data)).ToList();
        var replayed = events.Skip(1).Aggregate(SessionState.Start((SessionScheduled)events[0]), (s, e) => s.Evolve(e));
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var seats = Stored<SessionSeats>(await Sql.ScalarAsync<string>(connection,
            "select data::text from kz.mt_doc_sessionseats where id = $1", session));
        var rows = Stored<SessionBooking[]>(await Sql.ScalarAsync<string>(connection,
            "select json_agg(data order by (data->>'line')::bigint)::text from kz.mt_doc_sessionbooking where data->>'sessionId' = $1::text",
            session));

        Assert.Equal(replayed.Seats, seats);
        Assert.Equal(replayed.Bookings, rows);
        Assert.Contains(rows, b => b.Status == SeatStatus.Offered);
    }

    private static readonly JsonSerializerOptions StoreJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static T Stored<T>(string json) => JsonSerializer.Deserialize<T>(json, StoreJson)!;

    // Events of Contracts are shared with the host; the module's own come as this assembly's copies of them.
    private static object Local(object data) => data.GetType().Assembly == typeof(Contracts.Catalog.BookingConfirmed).Assembly
        ? data
        : JsonSerializer.Deserialize(JsonSerializer.Serialize(data, data.GetType()),
            typeof(SessionState).Assembly.GetTypes().Single(t => t.FullName == data.GetType().FullName))!;
}
