using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>Idempotent package booking and cancel, If-Match on the cancel, and undated (asynchronous) items.</summary>
[Collection(CatalogHost.Name)]
public sealed class PackageRetryAndUndatedTests(HostFixture host)
{
    private static object Items(Guid organisationId, Guid[] sessionIds, Guid[]? offeringIds = null) =>
        new { organisationId, attendees = new[] { new { name = "Erika Mustermann" } }, sessionIds, offeringIds };

    private static Task<HttpResponseMessage> Send(HttpClient client, string url, object? body, string? key = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    private static async Task<int> SeatsTakenAsync(CatalogApi api, Guid session) =>
        (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32();

    private static async Task<Guid> VideoAsync(CatalogApi api)
    {
        var json = JsonSerializer.Serialize(CatalogApi.Offering(await api.CreateProgramAsync(), type: "video"));
        var offering = new Dictionary<string, object?>(JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!)
        {
            ["format"] = "asynchronous",
            ["place"] = null,
            ["link"] = "https://example.org/kurz-erklaert/ki",
        };
        var id = (await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/offerings", offering))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{id}/publish", null)).StatusCode);
        return id;
    }

    [Fact]
    public async Task Given_a_package_booking_When_retried_with_the_same_key_Then_the_first_answer_returns_and_nothing_is_booked_twice()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        var organisation = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();

        var first = await Send(api.Client, "/api/catalog/package-bookings", Items(organisation, [session]), key);
        var retry = await Send(api.Client, "/api/catalog/package-bookings", Items(organisation, [session]), key);
        var other = await Send(api.Client, "/api/catalog/package-bookings", Items(organisation, [session, await api.SessionAsync(capacity: 5)]), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        await CatalogApi.Problem(other, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await SeatsTakenAsync(api, session));
    }

    [Fact]
    public async Task Given_a_package_cancel_When_retried_with_the_same_key_Then_the_same_answer_and_a_stale_If_Match_is_412()
    {
        using var api = new CatalogApi(host);
        var (first, second) = (await api.SessionAsync(capacity: 3), await api.SessionAsync(capacity: 3));
        var booked = await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/package-bookings",
            Items(Guid.NewGuid(), [first, second])));
        var url = $"/api/catalog/package-bookings/{booked.GetProperty("packageBookingId").GetGuid()}";
        var read = await api.Client.GetAsync(url);
        var etag = read.Headers.ETag!.Tag;
        var key = Guid.NewGuid().ToString();

        var stale = await Send(api.Client, url + "/cancel", null, ifMatch: "\"999\"");
        var cancel = await Send(api.Client, url + "/cancel", null, key, etag);
        var retry = await Send(api.Client, url + "/cancel", null, key, etag);
        var staleNow = await Send(api.Client, url + "/cancel", null, ifMatch: etag);

        await CatalogApi.Problem(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await cancel.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        await CatalogApi.Problem(staleNow, HttpStatusCode.PreconditionFailed);
        Assert.NotEqual(etag, (await api.Client.GetAsync(url)).Headers.ETag!.Tag);
        Assert.Equal(0, await SeatsTakenAsync(api, first) + await SeatsTakenAsync(api, second));
    }

    [Fact]
    public async Task Given_a_curated_package_with_a_video_When_booked_and_cancelled_Then_the_video_is_enrolled_then_cancelled_with_the_dated_item()
    {
        using var api = new CatalogApi(host);
        var (video, tour) = (await VideoAsync(api), await api.SessionAsync(capacity: 2));
        var tourOffering = (await api.GetAsync($"/api/catalog/sessions/{tour}")).GetProperty("offeringId").GetGuid();
        var package = (await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/packages",
            new
            {
                name = new { de = "Einstieg KI", en = "Getting started with AI" },
                offeringIds = new[] { video, tourOffering },
            }))).GetProperty("id").GetGuid();

        var datedOnly = await api.Client.PostAsJsonAsync("/api/catalog/package-bookings", Items(Guid.NewGuid(), [], [tourOffering]));
        var booked = await CatalogApi.Created(await api.Client.PostAsJsonAsync($"/api/catalog/packages/{package}/bookings",
            Items(Guid.NewGuid(), [tour], [video])));
        var items = booked.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("offeringId").GetGuid());
        var cancel = await api.Client.PostAsync($"/api/catalog/package-bookings/{booked.GetProperty("packageBookingId").GetGuid()}/cancel", null);

        var problem = await CatalogApi.Problem(datedOnly, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("offeringIds", out _));
        Assert.Equal("enrolled", items[video].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, items[video].GetProperty("sessionId").ValueKind);
        Assert.Equal("confirmed", items[tourOffering].GetProperty("status").GetString());
        var after = (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("package").GetProperty("items").EnumerateArray();
        Assert.All(after, i => Assert.Equal("cancelled", i.GetProperty("status").GetString()));
        Assert.Equal(0, await SeatsTakenAsync(api, tour));
    }
}
