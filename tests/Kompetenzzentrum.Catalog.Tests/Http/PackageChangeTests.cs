using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>Staff revise (<c>PUT /packages/{id}</c> with If-Match) and retire (<c>POST /packages/{id}/retire</c>) curated packages.</summary>
[Collection(CatalogHost.Name)]
public sealed class PackageChangeTests(HostFixture host)
{
    private static object Body(string name, params Guid[] offeringIds) => new { name = new { de = name, en = name + " (en)" }, offeringIds };

    private static async Task<Guid> OfferingOfAsync(CatalogApi api, Guid session) =>
        (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("offeringId").GetGuid();

    private static async Task<(Guid Id, EntityTagHeaderValue ETag)> CreateAsync(CatalogApi api, string name, params Guid[] offeringIds)
    {
        var response = await api.Client.PostAsJsonAsync("/api/catalog/packages", Body(name, offeringIds));
        var created = await CatalogApi.Created(response);
        return (created.GetProperty("id").GetGuid(), response.Headers.ETag!);
    }

    private static Task<HttpResponseMessage> ReviseAsync(CatalogApi api, Guid id, object body, EntityTagHeaderValue? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/catalog/packages/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }
        return api.Client.SendAsync(request);
    }

    [Fact]
    public async Task Given_a_package_When_revised_with_its_ETag_Then_name_and_offerings_change_and_a_stale_or_missing_IfMatch_is_refused()
    {
        using var api = new CatalogApi(host);
        var (first, second) = (await OfferingOfAsync(api, await api.SessionAsync(3)), await OfferingOfAsync(api, await api.SessionAsync(3)));
        var (id, etag) = await CreateAsync(api, "Vorher", first);

        var revised = await ReviseAsync(api, id, Body("Nachher", first, second), etag);
        var stale = await ReviseAsync(api, id, Body("Auf alter Basis", first), etag);
        var missing = await ReviseAsync(api, id, Body("Ohne Version", first), null);

        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.NotEqual(etag, revised.Headers.ETag);
        await CatalogApi.Problem(stale, HttpStatusCode.PreconditionFailed);
        await CatalogApi.Problem(missing, HttpStatusCode.PreconditionRequired);
        var current = await api.Client.GetAsync($"/api/catalog/packages/{id}");
        Assert.Equal(revised.Headers.ETag, current.Headers.ETag);
        var package = await current.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Nachher", package.GetProperty("name").GetProperty("de").GetString());
        Assert.Equal([first, second], package.GetProperty("offeringIds").EnumerateArray().Select(o => o.GetGuid()));
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData("unknown-offering", "offeringIds")]
    [InlineData("twice", "offeringIds")]
    [InlineData("none", "offeringIds")]
    public async Task Given_bad_input_When_revising_Then_400_names_the_field_and_nothing_changes(string flaw, string field)
    {
        using var api = new CatalogApi(host);
        var offering = await OfferingOfAsync(api, await api.SessionAsync(3));
        var (id, etag) = await CreateAsync(api, "Unverändert", offering);
        var body = flaw switch
        {
            "unknown-offering" => Body("Neu", offering, Guid.NewGuid()),
            "twice" => Body("Neu", offering, offering),
            "none" => Body("Neu"),
            _ => Body(" ", offering),
        };

        var problem = await CatalogApi.Problem(await ReviseAsync(api, id, body, etag), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var current = await api.Client.GetAsync($"/api/catalog/packages/{id}");
        Assert.Equal(etag, current.Headers.ETag);
        Assert.Equal("Unverändert", (await current.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetProperty("de").GetString());
    }

    [Fact]
    public async Task Given_an_unknown_package_When_revised_or_retired_Then_404()
    {
        using var api = new CatalogApi(host);
        var offering = await OfferingOfAsync(api, await api.SessionAsync(3));
        var unknown = Guid.NewGuid();

        await CatalogApi.Problem(await ReviseAsync(api, unknown, Body("Neu", offering), new EntityTagHeaderValue("\"1\"")), HttpStatusCode.NotFound);
        await CatalogApi.Problem(await api.Client.PostAsync($"/api/catalog/packages/{unknown}/retire", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_booked_package_When_retired_Then_it_is_no_longer_listed_or_bookable_and_the_booking_stays()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(5);
        var offering = await OfferingOfAsync(api, session);
        var (id, etag) = await CreateAsync(api, "Auslaufend", offering);
        var attendees = new[] { new { name = "Erika Mustermann" } };
        var booking = new { organisationId = Guid.NewGuid(), attendees, sessionIds = new[] { session } };
        var booked = await CatalogApi.Created(await api.Client.PostAsJsonAsync($"/api/catalog/packages/{id}/bookings", booking));

        using var retire = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/packages/{id}/retire");
        retire.Headers.IfMatch.Add(etag);
        var retired = await api.Client.SendAsync(retire);

        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.NotNull((await retired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("retiredAt").GetString());
        var listed = await api.Client.GetFromJsonAsync<JsonElement>("/api/catalog/packages");
        Assert.DoesNotContain(listed.EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        var again = await api.Client.PostAsJsonAsync($"/api/catalog/packages/{id}/bookings", booking with { organisationId = Guid.NewGuid() });
        await CatalogApi.Problem(again, HttpStatusCode.Conflict);
        var kept = await api.GetAsync($"/api/catalog/package-bookings/{booked.GetProperty("packageBookingId").GetGuid()}");
        Assert.Equal(["confirmed"], kept.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        await CatalogApi.Problem(await api.Client.PostAsync($"/api/catalog/packages/{id}/retire", null), HttpStatusCode.Conflict);
        await CatalogApi.Problem(await ReviseAsync(api, id, Body("Wieder da", offering), retired.Headers.ETag), HttpStatusCode.Conflict);
    }
}
