using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>A host whose seat offers last two seconds, so the expiry job can be watched firing.</summary>
public sealed class ShortSeatOffersFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Modules:catalog:SeatOfferHours"] = (2.0 / 3600).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class SeatOfferExpiryTests(ShortSeatOffersFixture host) : IClassFixture<ShortSeatOffersFixture>
{
    [Fact]
    public async Task Given_an_unanswered_offer_When_it_expires_Then_the_job_lapses_it_and_offers_the_seat_to_the_next_in_line()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 1);
        var (holder, first, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var held = await CatalogApi.Created(await api.BookAsync(session, holder));
        var waiting = await CatalogApi.Created(await api.BookAsync(session, first));
        var next = await CatalogApi.Created(await api.BookAsync(session, second));
        var cancel = await api.Client.PostAsJsonAsync(
            $"/api/catalog/sessions/{session}/bookings/{held.GetProperty("bookingId").GetGuid()}/cancel", new { organisationId = holder });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var waitingUrl = $"/api/catalog/sessions/{session}/bookings/{waiting.GetProperty("bookingId").GetGuid()}";
        var nextUrl = $"/api/catalog/sessions/{session}/bookings/{next.GetProperty("bookingId").GetGuid()}";

        // No request touches the session meanwhile: only the scheduled job can move the offer on.
        var nextOffered = await Eventually.Get<JsonElement?>(async () => await api.GetAsync(nextUrl),
            b => b!.Value.GetProperty("status").GetString() == "offered");

        Assert.Equal("offered", nextOffered!.Value.GetProperty("status").GetString());
        Assert.Equal("lapsed", (await api.GetAsync(waitingUrl)).GetProperty("status").GetString());
        var late = await api.Client.PostAsJsonAsync(waitingUrl + "/accept", new { organisationId = first });
        await CatalogApi.Problem(late, HttpStatusCode.Conflict);
        Assert.Equal(1, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }
}
