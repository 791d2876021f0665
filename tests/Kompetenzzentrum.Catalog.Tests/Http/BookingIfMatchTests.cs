using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class BookingIfMatchTests(HostFixture host)
{
    private static Task<HttpResponseMessage> Post(HttpClient client, string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Given_a_waiting_booking_read_before_its_offer_When_accepting_with_that_ETag_Then_412_and_with_the_current_one_it_is_confirmed()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 1);
        var (holder, waiter) = (Guid.NewGuid(), Guid.NewGuid());
        var held = (await CatalogApi.Created(await api.BookAsync(session, holder))).GetProperty("bookingId").GetGuid();
        var waiting = (await CatalogApi.Created(await api.BookAsync(session, waiter))).GetProperty("bookingId").GetGuid();
        var url = $"/api/catalog/sessions/{session}/bookings/{waiting}";
        var before = (await api.Client.GetAsync(url)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK,
            (await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{held}/cancel",
                new { organisationId = holder })).StatusCode);

        var stale = await Post(api.Client, url + "/accept", new { organisationId = waiter }, before);
        var unreadable = await Post(api.Client, url + "/accept", new { organisationId = waiter }, "\"zwei\"");
        var current = (await api.Client.GetAsync(url)).Headers.ETag!.Tag;
        var accepted = await Post(api.Client, url + "/accept", new { organisationId = waiter }, current);

        await CatalogApi.Problem(stale, HttpStatusCode.PreconditionFailed);
        await CatalogApi.Problem(unreadable, HttpStatusCode.BadRequest);
        Assert.NotEqual(before, current);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("confirmed", (await api.GetAsync(url)).GetProperty("status").GetString());
        Assert.NotEqual(current, accepted.Headers.ETag!.Tag);
    }
}
