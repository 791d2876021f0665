using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// A partner plugin's offering type books through the catalog's one engine: the Lernfabrik registers its rule (at
/// most two places per organisation) and gets seats, waitlist, offers, cancellation and the public events like
/// every type.
/// </summary>
[Collection(CatalogHost.Name)]
public sealed class LernfabrikBookingTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_workshop_When_an_organisation_asks_for_three_places_Then_the_plugins_rule_refuses_and_the_engine_does_the_rest()
    {
        using var api = new CatalogApi(host);
        var offering = (await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/offerings",
            CatalogApi.Offering(await api.CreateProgramAsync(), type: "lernfabrik-workshop")))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).StatusCode);
        var session = (await CatalogApi.Created(await api.ScheduleAsync(offering, 3, TimeSpan.FromDays(10)))).GetProperty("id").GetGuid();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        var three = await CatalogApi.Problem(await api.BookAsync(session, first, null, "Ada", "Bea", "Cem"), HttpStatusCode.Conflict);
        using var inGerman = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{session}/bookings")
        {
            Content = JsonContent.Create(CatalogApi.Booking(first, "Ada", "Bea", "Cem")),
            Headers = { AcceptLanguage = { new("de") } },
        };
        var threeInGerman = await CatalogApi.Problem(await api.Client.SendAsync(inGerman), HttpStatusCode.Conflict);
        var booked = await CatalogApi.Created(await api.BookAsync(session, first, null, "Ada", "Bea"));
        var waiting = await CatalogApi.Created(await api.BookAsync(session, second, null, "Dana", "Emil"));
        var cancel = await api.Client.PostAsJsonAsync(
            $"/api/catalog/sessions/{session}/bookings/{booked.GetProperty("bookingId").GetGuid()}/cancel", new { organisationId = first });

        Assert.StartsWith("One organisation can book at most 2 places", three.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Je Organisation sind höchstens 2 Plätze buchbar", threeInGerman.GetProperty("title").GetString(),
            StringComparison.Ordinal);
        Assert.Equal("confirmed", booked.GetProperty("status").GetString());
        Assert.Equal(("waitlisted", 1), (waiting.GetProperty("status").GetString(), waiting.GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var offered = await api.GetAsync($"/api/catalog/sessions/{session}/bookings/{waiting.GetProperty("bookingId").GetGuid()}");
        Assert.Equal("offered", offered.GetProperty("status").GetString());
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal("lernfabrik-workshop", await Sql.ScalarAsync<string>(connection,
            "select data->>'offeringType' from kz.mt_events where stream_id = $1 and type = 'booking_cancelled'", session));
    }
}
