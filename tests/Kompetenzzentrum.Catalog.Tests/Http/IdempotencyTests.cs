using System.Net;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class IdempotencyTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_booking_When_retried_with_the_same_key_Then_the_first_answer_is_returned_and_nothing_is_booked_twice()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        var organisation = Guid.NewGuid();
        var key = Guid.NewGuid().ToString();

        var first = await api.BookAsync(session, organisation, key);
        var retry = await api.BookAsync(session, organisation, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.StatusCode, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }

    [Fact]
    public async Task Given_five_parallel_retries_with_one_key_Then_all_get_the_same_answer_and_one_seat_is_taken()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        var body = CatalogApi.Booking(Guid.NewGuid(), "Erika Mustermann");
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var client = host.CreateAdminClient();
            var response = await CatalogApi.BookAsync(client, session, body, key);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Equal(1, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }

    [Fact]
    public async Task Given_a_refused_booking_When_retried_with_the_same_key_Then_the_same_refusal_is_returned()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        var organisation = Guid.NewGuid();
        await CatalogApi.Created(await api.BookAsync(session, organisation));
        var key = Guid.NewGuid().ToString();

        var refused = await api.BookAsync(session, organisation, key);
        var retry = await api.BookAsync(session, organisation, key);

        await CatalogApi.Problem(refused, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        Assert.Equal(await refused.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_a_used_key_When_sent_with_another_body_Then_422_and_nothing_is_booked()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        var key = Guid.NewGuid().ToString();
        await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), key));

        var other = await api.BookAsync(session, Guid.NewGuid(), key);

        await CatalogApi.Problem(other, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }
}
