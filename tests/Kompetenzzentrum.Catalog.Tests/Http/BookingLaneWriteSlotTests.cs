using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>A host that lets one write work at a time.</summary>
public sealed class OneWriteAtATimeHost : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Web:ConcurrentWrites"] = "1" };
}

/// <summary>
/// A booking waiting in the shared booking lane holds no database connection, so it gives its place among the host's
/// concurrent writes up: the lane's next transaction then carries every booking that waited, and other writes go on.
/// </summary>
public sealed class BookingLaneWriteSlotTests(OneWriteAtATimeHost host) : IClassFixture<OneWriteAtATimeHost>
{
    [Fact]
    public async Task Given_one_write_place_When_bookings_wait_for_the_lane_Then_other_writes_go_on_and_one_transaction_books_the_waiting()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 4);
        var organisations = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();
        Task<HttpResponseMessage>[] bookings;
        await using (var held = await HeldSessionLock.TakeAsync(host.ConnectionString, session))
        {
            bookings = [.. organisations.Select(organisation => api.BookAsync(session, organisation))];
            await held.WaitForWaiterAsync();
            // With the booking holding the only place while it waits, this write would wait for the lock, too.
            var program = api.CreateProgramAsync().WaitAsync(TimeSpan.FromSeconds(15));
            Assert.NotEqual(Guid.Empty, await program);
            await Task.Delay(500);
            await held.ReleaseAsync();
        }
        var answers = await Task.WhenAll(bookings.Select(async b => await CatalogApi.Created(await b)));

        Assert.Equal(4, answers.Count(a => a.GetProperty("status").GetString() == "confirmed"));
        Assert.Equal([1, 2, 3, 4], answers.Where(a => a.GetProperty("status").GetString() == "waitlisted")
            .Select(a => a.GetProperty("waitlistPosition").GetInt32()).Order());
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        // The first transaction took what had queued when the lane started; all the rest waited and share the next.
        var transactions = await Sql.ScalarAsync<long>(connection,
            "select count(distinct xmin::text) from kz.mt_events where stream_id = $1 and type in ('booking_confirmed', 'booking_waitlisted')",
            session);
        Assert.InRange(transactions, 1, 2);
    }
}

/// <summary>A host whose booking lane queues at most two bookings.</summary>
public sealed class ShortBookingQueueHost : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Modules:catalog:BookingQueue"] = "2" };
}

/// <summary>The lane bounds its own queue: a booking finding it full is answered 503 with Retry-After and books nothing.</summary>
public sealed class BookingQueueLimitTests(ShortBookingQueueHost host) : IClassFixture<ShortBookingQueueHost>
{
    [Fact]
    public async Task Given_a_full_booking_queue_Then_further_bookings_get_503_with_retry_after_and_book_nothing()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 20);
        // The lane waits with the first booking; two more fit its queue, the rest find it full.
        var answers = await QueuedBookings.SendAsync(api, host.ConnectionString, session, more: 6, refused: 4);

        var busy = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.Equal(4, busy.Count);
        Assert.All(busy, a => Assert.Equal("2", a.Headers.RetryAfter?.ToString()));
        var problem = await busy[0].Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("Too many bookings are waiting.", problem.GetProperty("title").GetString());
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        var state = await api.GetAsync($"/api/catalog/sessions/{session}");
        Assert.Equal(3, state.GetProperty("seatsTaken").GetInt32());
    }
}
