using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kompetenzzentrum.PluginTesting;
using Xunit.Abstractions;

namespace Kompetenzzentrum.PluginKit.Tests;

/// <summary>
/// The partner story of issue #27, end to end and outside this repository: a plugin made from the packed template builds and
/// passes its own tests against the packed packages only, and once published into a plugins folder the host loads it, offers
/// its type and books a session of it through the catalog API.
/// </summary>
public sealed partial class PluginKitTests(PluginKitFixture kit, ITestOutputHelper output) : IClassFixture<PluginKitFixture>
{
    private const string OfferingType = "werkstatt-workshop";

    [Fact]
    public void The_plugin_made_from_the_template_passes_its_own_tests()
    {
        foreach (var (step, took) in kit.Durations)
        {
            output.WriteLine($"{step}: {took.TotalSeconds:0.0} s");
        }
        var summary = Summary().Match(kit.PluginTests.Output);

        Assert.True(kit.PluginTests.ExitCode == 0 && summary.Success, kit.PluginTests.Output);
        Assert.Equal("0", summary.Groups["failed"].Value);
        Assert.True(int.Parse(summary.Groups["passed"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 8, kit.PluginTests.Output);
    }

    [Theory]
    [InlineData("src/Werkstatt", "Kompetenzzentrum.Contracts")]
    [InlineData("tests/Werkstatt.Tests", "Kompetenzzentrum.Testing")]
    public void The_plugin_builds_against_the_packed_packages_and_no_project_of_this_repository(string project, string package)
    {
        var assets = kit.Assets(project);

        var libraries = assets.GetProperty("libraries").EnumerateObject().ToList();
        var sdk = libraries.Single(l => l.Name.StartsWith(package + "/", StringComparison.Ordinal));
        Assert.Equal("package", sdk.Value.GetProperty("type").GetString());
        Assert.Equal(package + "/" + kit.VersionOf(package), sdk.Name);
        // Project references stay inside the plugin's own folder.
        Assert.All(libraries.Where(l => l.Value.GetProperty("type").GetString() == "project"),
            l => Assert.StartsWith("Werkstatt", l.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_published_plugin_is_loaded_by_the_host_and_offers_its_type()
    {
        using var client = kit.Host.CreateClient();

        var modules = await client.GetFromJsonAsync<JsonElement>("/api/modules");
        var types = await client.GetFromJsonAsync<JsonElement>("/api/offering-types");

        var plugin = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "werkstatt");
        Assert.Equal(("plugin", "loaded"), (plugin.GetProperty("kind").GetString(), plugin.GetProperty("status").GetString()));
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("key").GetString() == OfferingType);
    }

    [Fact]
    public async Task A_session_of_the_plugin_type_is_booked_through_the_catalog_api()
    {
        using var staff = await kit.Host.SignInAsync(TestRoles.CenterStaff);
        using var member = await kit.Host.SignInAsync(TestRoles.OrganisationMember);
        var offering = await CatalogBookings.PublishOfferingAsync(staff, OfferingType, "Werkstatt-Workshop");
        var session = await CatalogBookings.ScheduleSessionAsync(staff, offering, DateTimeOffset.UtcNow.AddDays(10), capacity: 8);

        using var booked = await CatalogBookings.BookAsync(member, session, "Ada");

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Equal("confirmed", (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var seats = await staff.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}");
        Assert.Equal(1, seats.GetProperty("seatsTaken").GetInt32());
    }

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+)")]
    private static partial Regex Summary();
}
