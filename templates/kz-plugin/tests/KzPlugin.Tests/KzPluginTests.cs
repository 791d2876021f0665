using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.PluginTesting;

namespace KzPlugin.Tests;

/// <summary>The plugin in the real host: loaded, its offering type bookable with its rule, its API, job and page.</summary>
public sealed class KzPluginTests(KzPluginHost fixture) : IClassFixture<KzPluginHost>
{
    private const string OfferingType = "kzplugin-workshop";

    private PluginTestHost Host => fixture.Host;

    [Fact]
    public async Task The_host_loads_the_plugin_with_its_offering_type()
    {
        using var client = Host.CreateClient();

        var modules = await client.GetFromJsonAsync<JsonElement>("/api/modules");
        var types = await client.GetFromJsonAsync<JsonElement>("/api/offering-types");

        var plugin = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "kzplugin");
        Assert.Equal("loaded", plugin.GetProperty("status").GetString());
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("key").GetString() == OfferingType);
    }

    [Fact]
    public async Task A_member_books_a_session_of_the_plugin_type_and_the_rule_holds_a_booking_over_the_limit()
    {
        using var staff = await Host.SignInAsync(TestRoles.CenterStaff);
        using var member = await Host.SignInAsync(TestRoles.OrganisationMember);
        var offering = await CatalogBookings.PublishOfferingAsync(staff, OfferingType, "KzPlugin-Workshop im Test");
        var session = await CatalogBookings.ScheduleSessionAsync(staff, offering, DateTimeOffset.UtcNow.AddDays(14), capacity: 10);

        using var booked = await CatalogBookings.BookAsync(member, session, "Ada", "Bea");
        using var tooMany = await CatalogBookings.BookAsync(member, session, "Cem", "Dag", "Eli");

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Equal("confirmed", (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        var problem = await tooMany.Content.ReadFromJsonAsync<JsonElement>();
        // The API answers in English unless the client asks for German (Accept-Language: de).
        Assert.StartsWith("One organisation can book at most 2 places", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_register_a_station_and_the_maintenance_job_records_its_check()
    {
        using var staff = await Host.SignInAsync(TestRoles.CenterStaff);
        using var created = await staff.PostAsJsonAsync("/api/kzplugin/stations", new { name = "Montage", places = 6 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();

        using var check = await staff.PostAsync(new Uri(location + "/maintenance-check", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Accepted, check.StatusCode);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        JsonElement station;
        do
        {
            await Task.Delay(200);
            station = await staff.GetFromJsonAsync<JsonElement>(location);
        }
        while (station.GetProperty("lastMaintainedAt").ValueKind != JsonValueKind.String && DateTimeOffset.UtcNow < deadline);
        Assert.Equal(JsonValueKind.String, station.GetProperty("lastMaintainedAt").ValueKind);
    }

    [Theory]
    [InlineData("de", "1 bis 50 Plätze.")]
    [InlineData("en", "1 to 50 places.")]
    public async Task A_station_without_places_is_refused_naming_the_field_in_the_client_language(string language, string message)
    {
        using var staff = await Host.SignInAsync(TestRoles.CenterStaff);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/kzplugin/stations")
        {
            Content = JsonContent.Create(new { name = "Station", places = 0 }),
            Headers = { AcceptLanguage = { new(language) } },
        };

        using var response = await staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("places")[0].GetString());
    }

    [Theory]
    [InlineData("de", "<h2>Stationen</h2>")]
    [InlineData("en", "<h2>Stations</h2>")]
    public async Task The_back_office_page_shows_the_stations_in_german_and_english(string language, string heading)
    {
        using var staff = await Host.SignInAsync(TestRoles.CenterStaff);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/kzplugin");
        request.Headers.Add("Cookie", $"kz.lang={language}");

        using var response = await staff.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_back_office_page_is_not_for_anonymous_visitors()
    {
        using var anonymous = Host.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/kzplugin", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
