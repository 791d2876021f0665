using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class OfferingTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_program_When_created_Then_it_is_readable_with_its_KPI_targets()
    {
        using var api = new CatalogApi(host);
        var id = await api.CreateProgramAsync();

        var program = await api.GetAsync($"/api/catalog/programs/{id}");

        Assert.Equal("Team Test", program.GetProperty("responsibleStaff").GetString());
        Assert.Equal(300, program.GetProperty("targets").GetProperty("participations").GetInt32());
        Assert.Contains((await api.GetAsync("/api/catalog/programs")).EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Given_a_program_ending_before_it_starts_When_created_Then_400_names_ends()
    {
        using var api = new CatalogApi(host);
        var response = await api.Client.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Rückwärts",
            starts = "2027-01-01",
            ends = "2026-01-01",
            responsibleStaff = "Team",
            targets = new { organisationsReached = 1, participations = 1, satisfaction = 101 },
        });

        var errors = (await CatalogApi.Problem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("ends", out _));
        Assert.True(errors.TryGetProperty("targets.satisfaction", out _));
    }

    [Theory]
    [InlineData("no-such-type", "automatisierung", "offeringType")]
    [InlineData("experience-tour", "astrologie", "topics")]
    public async Task Given_an_unregistered_type_or_unknown_topic_When_drafting_Then_400_names_the_field(string type, string topic, string field)
    {
        using var api = new CatalogApi(host);
        var program = await api.CreateProgramAsync();

        var response = await api.Client.PostAsJsonAsync("/api/catalog/offerings", CatalogApi.Offering(program, type, [topic]));

        var problem = await CatalogApi.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Given_a_plugin_offering_type_When_drafting_and_publishing_Then_it_is_listed_in_the_catalog()
    {
        using var api = new CatalogApi(host);
        var created = await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/offerings",
            CatalogApi.Offering(await api.CreateProgramAsync(), "lernfabrik-workshop")));
        var id = created.GetProperty("id").GetGuid();
        Assert.DoesNotContain((await api.GetAsync("/api/catalog/offerings")).EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{id}/publish", null)).StatusCode);

        Assert.Contains((await api.GetAsync("/api/catalog/offerings?type=lernfabrik-workshop")).EnumerateArray(),
            o => o.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Given_an_offering_When_revised_with_a_stale_IfMatch_Then_412_and_the_current_version_is_kept()
    {
        using var api = new CatalogApi(host);
        var program = await api.CreateProgramAsync();
        var id = await api.DraftOfferingAsync();
        var read = await api.Client.GetAsync($"/api/catalog/offerings/{id}");
        var etag = read.Headers.ETag!;

        var first = await ReviseAsync(api, id, program, "Erste Änderung", etag);
        var stale = await ReviseAsync(api, id, program, "Zweite Änderung auf alter Basis", etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag);
        await CatalogApi.Problem(stale, HttpStatusCode.PreconditionFailed);
        var current = await api.Client.GetAsync($"/api/catalog/offerings/{id}");
        Assert.Equal(first.Headers.ETag, current.Headers.ETag);
        Assert.Equal("Erste Änderung", (await current.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetProperty("de").GetString());
    }

    [Fact]
    public async Task Given_a_stale_IfMatch_When_publishing_Then_412_and_the_offering_stays_a_draft()
    {
        using var api = new CatalogApi(host);
        var program = await api.CreateProgramAsync();
        var id = await api.DraftOfferingAsync();
        var stale = (await api.Client.GetAsync($"/api/catalog/offerings/{id}")).Headers.ETag!;
        Assert.Equal(HttpStatusCode.OK, (await ReviseAsync(api, id, program, "Neu", stale)).StatusCode);
        using var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/offerings/{id}/publish");
        publish.Headers.IfMatch.Add(stale);

        await CatalogApi.Problem(await api.Client.SendAsync(publish), HttpStatusCode.PreconditionFailed);

        Assert.Equal("draft", (await api.GetAsync($"/api/catalog/offerings/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_an_offering_When_revised_without_IfMatch_Then_428()
    {
        using var api = new CatalogApi(host);
        var program = await api.CreateProgramAsync();
        var id = await api.DraftOfferingAsync();

        await CatalogApi.Problem(await ReviseAsync(api, id, program, "Ohne Vorbedingung", null), HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Given_an_archived_offering_When_booking_or_scheduling_Then_409()
    {
        using var api = new CatalogApi(host);
        var offering = await api.PublishedOfferingAsync();
        var session = (await CatalogApi.Created(await api.ScheduleAsync(offering, 5, TimeSpan.FromDays(3)))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{offering}/archive", null)).StatusCode);

        await CatalogApi.Problem(await api.BookAsync(session, Guid.NewGuid()), HttpStatusCode.Conflict);
        await CatalogApi.Problem(await api.ScheduleAsync(offering, 5, TimeSpan.FromDays(4)), HttpStatusCode.Conflict);
        Assert.Equal(0, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }

    [Fact]
    public async Task Given_an_unpublished_offering_When_booking_Then_409()
    {
        using var api = new CatalogApi(host);
        var offering = await api.DraftOfferingAsync();
        var session = (await CatalogApi.Created(await api.ScheduleAsync(offering, 5, TimeSpan.FromDays(3)))).GetProperty("id").GetGuid();

        await CatalogApi.Problem(await api.BookAsync(session, Guid.NewGuid()), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Given_no_positive_seat_count_When_scheduling_Then_400_names_capacity(int capacity)
    {
        using var api = new CatalogApi(host);
        var offering = await api.PublishedOfferingAsync();

        var problem = await CatalogApi.Problem(await api.ScheduleAsync(offering, capacity, TimeSpan.FromDays(3)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("capacity", out _));
        Assert.Empty((await api.GetAsync($"/api/catalog/offerings/{offering}/sessions")).EnumerateArray());
    }

    [Fact]
    public async Task Given_a_start_in_the_past_When_scheduling_Then_400_names_startsAt()
    {
        using var api = new CatalogApi(host);
        var offering = await api.PublishedOfferingAsync();

        var problem = await CatalogApi.Problem(await api.ScheduleAsync(offering, 5, TimeSpan.FromHours(-1)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("startsAt", out _));
    }

    [Fact]
    public async Task Given_an_unknown_session_When_booking_Then_404()
    {
        using var api = new CatalogApi(host);

        Assert.Equal(HttpStatusCode.NotFound, (await api.BookAsync(Guid.NewGuid(), Guid.NewGuid())).StatusCode);
    }

    [Theory]
    [InlineData("""{"organisationId":"not-a-guid","attendees":[{"name":"A"}]}""", "organisationId")]
    [InlineData("""{"organisationId":"6f1c2a34-0d0e-4b7a-9a61-7d2b1f0c9e11","attendees":[]}""", "attendees")]
    [InlineData("""{"organisationId":"6f1c2a34-0d0e-4b7a-9a61-7d2b1f0c9e11","attendees":[{"name":" "}]}""", "attendees")]
    [InlineData("""{"attendees":[{"name":"A"}]}""", "organisationId")]
    public async Task Given_a_malformed_booking_When_posted_Then_400_names_the_field_and_no_seat_is_taken(string body, string field)
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);

        var response = await api.Client.PostAsync($"/api/catalog/sessions/{session}/bookings",
            new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await CatalogApi.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }

    private static Task<HttpResponseMessage> ReviseAsync(CatalogApi api, Guid id, Guid program, string title, EntityTagHeaderValue? etag)
    {
        var details = JsonSerializer.SerializeToNode(CatalogApi.Offering(program), HostFixture.Json)!.AsObject();
        details.Remove("programId");
        details.Remove("offeringType");
        details["title"] = new System.Text.Json.Nodes.JsonObject { ["de"] = title, ["en"] = "Revised" };
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/catalog/offerings/{id}") { Content = JsonContent.Create(details) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return api.Client.SendAsync(request);
    }
}
