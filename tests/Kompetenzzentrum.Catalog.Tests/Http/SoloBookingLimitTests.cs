using System.Net;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>A host that books every booking on its own, one at a time, with two waiting, and lets one other write work at once.</summary>
public sealed class SoloBookingsHost : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Modules:catalog:BookingLanes"] = "0",
        ["Modules:catalog:SoloBookings"] = "1",
        ["Modules:catalog:BookingQueue"] = "2",
        ["Web:ConcurrentWrites"] = "1",
    };
}

/// <summary>
/// Bookings decided in their own transaction hold a connection while they wait for the session's lock, so the booking
/// API bounds them itself; the host's limit on writes does not hold them, so other writes go on meanwhile.
/// </summary>
public sealed class SoloBookingLimitTests(SoloBookingsHost host) : IClassFixture<SoloBookingsHost>
{
    [Fact]
    public async Task Given_solo_bookings_waiting_for_a_lock_Then_the_bound_refuses_the_surplus_with_503_and_other_writes_go_on()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 20);
        // The first booking holds the one place; two more wait for it, the rest are refused at once. Had the bookings held
        // the host's one write place, the program would wait for the lock too.
        var answers = await QueuedBookings.SendAsync(api, host.ConnectionString, session, more: 6, refused: 4,
            whileHeld: async () => Assert.NotEqual(Guid.Empty, await api.CreateProgramAsync().WaitAsync(TimeSpan.FromSeconds(15))));

        var busy = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.Equal(4, busy.Count);
        Assert.All(busy, a => Assert.Equal("2", a.Headers.RetryAfter?.ToString()));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        var state = await api.GetAsync($"/api/catalog/sessions/{session}");
        Assert.Equal(3, state.GetProperty("seatsTaken").GetInt32());
    }
}
