using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class CalendarFeedTests(HostFixture host)
{
    private const string Feeds = "/api/catalog/calendar-feeds";

    [Fact]
    public async Task Given_an_organisation_feed_When_its_booking_is_cancelled_Then_a_calendar_reads_the_same_uid_cancelled_with_a_higher_sequence()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        var member = await host.CreateOrganisationAdminAsync();
        var organisation = member.OrganisationId!.Value;
        var booked = await CatalogApi.Created(
            await CatalogApi.BookAsync(member.Client, session, CatalogApi.Booking(organisation, "Erika Mustermann")));
        var bookingId = booked.GetProperty("bookingId").GetGuid();
        var feed = await CatalogApi.Created(await member.Client.PostAsJsonAsync(Feeds, new { scope = "organisation" }));
        using var calendarApp = host.CreateClient(); // not signed in: the token is the key

        var before = await ReadAsync(calendarApp, feed);
        var entry = Assert.Single(before.Events);
        Assert.Equal("PUBLISH", before.Method);
        Assert.Equal($"{bookingId:D}@kompetenzzentrum", entry.Uid);
        Assert.Equal("CONFIRMED", entry.Status);
        Assert.Equal("Erlebnistour", entry.Summary);

        var cancel = await member.Client.PostAsJsonAsync(
            $"/api/catalog/sessions/{session}/bookings/{bookingId}/cancel", new { organisationId = organisation });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        var after = Assert.Single((await ReadAsync(calendarApp, feed)).Events);
        Assert.Equal(entry.Uid, after.Uid);
        Assert.Equal("CANCELLED", after.Status);
        Assert.True(after.Sequence > entry.Sequence, $"sequence {after.Sequence} after {entry.Sequence}");
    }

    [Fact]
    public async Task Given_a_feed_When_regenerated_and_then_revoked_Then_the_old_address_stops_at_once_and_the_list_never_shows_a_token()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var stranger = await host.CreateOrganisationAdminAsync();
        var first = await CatalogApi.Created(await member.Client.PostAsJsonAsync(Feeds, new { scope = "organisation" }));
        using var calendarApp = host.CreateClient();

        var regenerated = await member.Client.PostAsync($"{Feeds}/{first.GetProperty("id").GetGuid()}/regenerate", null);
        Assert.Equal(HttpStatusCode.OK, regenerated.StatusCode);
        var second = await regenerated.Content.ReadFromJsonAsync<JsonElement>();

        Assert.NotEqual(first.GetProperty("token").GetString(), second.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(Path(first))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(Path(second))).StatusCode);
        var mine = await member.Client.GetFromJsonAsync<JsonElement>(Feeds);
        var listed = Assert.Single(mine.EnumerateArray());
        Assert.Equal(second.GetProperty("id").GetGuid(), listed.GetProperty("id").GetGuid());
        Assert.False(listed.TryGetProperty("token", out _));

        var secondUrl = $"{Feeds}/{second.GetProperty("id").GetGuid()}";
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync(secondUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(Path(second))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await member.Client.DeleteAsync(secondUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(Path(second))).StatusCode);
        Assert.Empty((await member.Client.GetFromJsonAsync<JsonElement>(Feeds)).EnumerateArray());
    }

    [Fact]
    public async Task Given_feed_requests_beyond_ones_rights_or_malformed_Then_403_or_400_naming_the_field()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var other = await host.CreateOrganisationAdminAsync();
        using var staff = host.CreateAdminClient();

        await CatalogApi.Problem(await member.Client.PostAsJsonAsync(Feeds, new { scope = "sessions" }), HttpStatusCode.Forbidden);
        await CatalogApi.Problem(await member.Client.PostAsJsonAsync(Feeds, new { scope = "expert", expertId = Guid.NewGuid() }),
            HttpStatusCode.Forbidden);
        await CatalogApi.Problem(await member.Client.PostAsJsonAsync(Feeds, new { scope = "organisation", organisationId = other.OrganisationId }),
            HttpStatusCode.Forbidden);
        var unknown = await CatalogApi.Problem(await member.Client.PostAsJsonAsync(Feeds, new { scope = "weekly" }), HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("scope", out _));
        var noExpert = await CatalogApi.Problem(await staff.PostAsJsonAsync(Feeds, new { scope = "expert" }), HttpStatusCode.BadRequest);
        Assert.True(noExpert.GetProperty("errors").TryGetProperty("expertId", out _));
        using var calendarApp = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync("/kalender/abo/not-a-token.ics")).StatusCode);
    }

    [Fact]
    public async Task Given_a_staff_sessions_feed_Then_each_scheduled_session_shows_with_its_seats_taken()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 3);
        Assert.Equal(HttpStatusCode.Created, (await api.BookAsync(session, Guid.NewGuid())).StatusCode);
        var feed = await CatalogApi.Created(await api.Client.PostAsJsonAsync(Feeds, new { scope = "sessions" }));
        using var calendarApp = host.CreateClient();

        var calendar = await ReadAsync(calendarApp, feed);

        var entry = Assert.Single(calendar.Events, e => e.Uid == $"session-{session:D}@kompetenzzentrum");
        Assert.Equal("Erlebnistour (1/3)", entry.Summary);
        Assert.Equal("Cottbus", entry.Location);
    }

    private static string Path(JsonElement feed) => new Uri(feed.GetProperty("url").GetString()!).PathAndQuery;

    private static async Task<Calendar> ReadAsync(HttpClient client, JsonElement feed)
    {
        var response = await client.GetAsync(Path(feed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }
}
