using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Xunit.Abstractions;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class BookingConcurrencyTests(HostFixture host, ITestOutputHelper output)
{
    [Fact]
    public async Task Given_a_10_seat_session_When_100_organisations_book_in_parallel_Then_exactly_10_are_confirmed_and_90_waitlisted_in_order()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 10);
        using var start = new SemaphoreSlim(0);
        var clients = Enumerable.Range(0, 100).Select(_ => host.CreateAdminClient()).ToList();

        var requests = clients.Select(async client =>
        {
            await start.WaitAsync();
            var response = await CatalogApi.BookAsync(client, session, CatalogApi.Booking(Guid.NewGuid(), "Max Muster"));
            return (response.StatusCode, Body: JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }).ToList();
        var clock = Stopwatch.StartNew();
        start.Release(100);
        var answers = await Task.WhenAll(requests);
        clock.Stop();
        output.WriteLine($"100 parallel bookings took {clock.ElapsedMilliseconds} ms");
        clients.ForEach(c => c.Dispose());

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var statuses = answers.Select(a => a.Body.GetProperty("status").GetString()).ToList();
        Assert.Equal(10, statuses.Count(s => s == "confirmed"));
        Assert.Equal(90, statuses.Count(s => s == "waitlisted"));
        var positions = answers.Where(a => a.Body.GetProperty("status").GetString() == "waitlisted")
            .Select(a => a.Body.GetProperty("waitlistPosition").GetInt32()).Order();
        Assert.Equal(Enumerable.Range(1, 90), positions);
        var view = await api.GetAsync($"/api/catalog/sessions/{session}");
        Assert.Equal(10, view.GetProperty("seatsTaken").GetInt32());
        Assert.Equal(0, view.GetProperty("seatsFree").GetInt32());
        Assert.Equal(90, view.GetProperty("waitlisted").GetInt32());
    }

    [Fact]
    public async Task Given_a_session_When_a_booking_for_several_attendees_does_not_fit_Then_it_is_waitlisted_and_takes_no_seat()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);

        var first = await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), null, "A", "B"));
        var second = await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), null, "C", "D"));

        Assert.Equal("confirmed", first.GetProperty("status").GetString());
        Assert.Equal("waitlisted", second.GetProperty("status").GetString());
        Assert.Equal(1, second.GetProperty("waitlistPosition").GetInt32());
        Assert.Equal(2, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }
}
