using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

/// <summary>Each test looks only at its own startups in the answer, since the fixture's database is shared.</summary>
public sealed class ProposalHttpTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static List<string> NamesAmong(JsonElement proposals, params Guid[] ids) =>
        [.. proposals.EnumerateArray().Where(p => ids.Contains(p.GetProperty("startupId").GetGuid()))
            .Select(p => p.GetProperty("name").GetString()!)];

    [Fact]
    public async Task Given_sme_and_startups_Then_proposals_are_ranked_and_explained_in_german()
    {
        using var client = host.CreateAdminClient();
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["ki", "daten"], state: "BE", industry: "C"));
        var near = await NetworkingApi.CreateStartup(client,
            NetworkingApi.Startup("Hauptstadt-KI", ["ki", "daten"], ["C"], state: "BE", postcode: "10999"));
        var far = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Alpen-KI", ["ki"], state: "BY"));
        var none = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Grünzeug", ["nachhaltigkeit"], ["C"], state: "BE"));

        var proposals = await client.GetAsync($"/api/networking/smes/{sme}/proposals?top=50").Json();

        Assert.Equal(["Hauptstadt-KI", "Alpen-KI"], NamesAmong(proposals, near, far, none));
        var first = proposals.EnumerateArray().Single(p => p.GetProperty("startupId").GetGuid() == near);
        Assert.Equal(
            "Gemeinsame Themen: Künstliche Intelligenz, Daten; Erfahrung in Ihrer Branche; "
            + "ebenfalls in Berlin, PLZ-Region 10; passt zu Ihrem Reifegrad",
            first.GetProperty("explanation").GetString());
        Assert.Equal(100, first.GetProperty("score").GetInt32());
        Assert.DoesNotContain("@startup.example", proposals.ToString());
    }

    [Fact]
    public async Task Given_a_startup_changes_its_profile_Then_the_sme_proposals_are_recomputed()
    {
        using var client = host.CreateAdminClient();
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["cloud", "it-sicherheit"], state: "HH", postcode: "20095", industry: "G"));
        var a = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Wolkig", ["cloud"], state: "SN", postcode: "01067"));
        var b = await NetworkingApi.CreateStartup(client,
            NetworkingApi.Startup("Sicher", ["cloud", "it-sicherheit"], state: "SN", postcode: "01069"));
        Assert.Equal(["Sicher", "Wolkig"], NamesAmong(await client.GetAsync($"/api/networking/smes/{sme}/proposals?top=50").Json(), a, b));

        await client.PutAsJsonAsync($"/api/networking/startups/{a}",
            NetworkingApi.Startup("Wolkig", ["cloud", "it-sicherheit"], ["G"], state: "HH", postcode: "20097")).Json();

        Assert.Equal(["Wolkig", "Sicher"], NamesAmong(await client.GetAsync($"/api/networking/smes/{sme}/proposals?top=50").Json(), a, b));

        await client.PutAsJsonAsync($"/api/networking/startups/{a}/matching", new { optedIn = false }).Json();
        Assert.Equal(["Sicher"], NamesAmong(await client.GetAsync($"/api/networking/smes/{sme}/proposals?top=50").Json(), a, b));
    }

    [Fact]
    public async Task Given_staff_hide_one_startup_and_pin_another_Then_the_proposals_follow_the_curation()
    {
        using var client = host.CreateAdminClient();
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["e-commerce"], state: "NW", postcode: "50667"));
        var best = await NetworkingApi.CreateStartup(client,
            NetworkingApi.Startup("Shopprofi", ["e-commerce"], ["C"], state: "NW", postcode: "50668"));
        var picked = await NetworkingApi.CreateStartup(client,
            NetworkingApi.Startup("Handverlesen", ["nachhaltigkeit"], state: "SL", postcode: "66111"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/networking/smes/{sme}/proposals/{best}/hide", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/networking/smes/{sme}/proposals/{picked}/pin", null)).StatusCode);

        var proposals = await client.GetAsync($"/api/networking/smes/{sme}/proposals?top=50").Json();
        Assert.Equal(["Handverlesen"], NamesAmong(proposals, best, picked));
        Assert.True(proposals[0].GetProperty("pinned").GetBoolean());
    }

    [Fact]
    public async Task Given_a_startup_Then_it_sees_fitting_smes_and_a_bad_top_is_a_400_naming_it()
    {
        using var client = host.CreateAdminClient();
        var startup = await NetworkingApi.CreateStartup(client,
            NetworkingApi.Startup("Marketinghelden", ["digitales-marketing"], ["I"], state: "SH", postcode: "24103"));
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["digitales-marketing"], state: "SH", postcode: "24105", industry: "I"));

        var proposals = await client.GetAsync($"/api/networking/startups/{startup}/proposals").Json();
        var proposal = proposals.EnumerateArray().Single(p => p.GetProperty("smeId").GetGuid() == sme);
        Assert.Contains("Sie haben Erfahrung in dieser Branche", proposal.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        var problem = await client.GetAsync($"/api/networking/smes/{sme}/proposals?top=0").Json(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("top", out _));
    }

    [Fact]
    public async Task Given_an_sme_pauses_matching_Then_it_gets_no_proposals_until_it_resumes()
    {
        using var client = host.CreateAdminClient();
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["arbeit-4-0"], state: "TH", postcode: "99084"));
        var startup = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Neue Arbeit", ["arbeit-4-0"], state: "TH", postcode: "99085"));

        await client.PutAsJsonAsync($"/api/networking/smes/{sme}/matching", new { optedIn = false }).Json();
        Assert.Equal(0, (await client.GetAsync($"/api/networking/smes/{sme}/proposals").Json()).GetArrayLength());
        var forStartup = await client.GetAsync($"/api/networking/startups/{startup}/proposals?top=50").Json();
        Assert.DoesNotContain(forStartup.EnumerateArray(), p => p.GetProperty("smeId").GetGuid() == sme);

        await client.PutAsJsonAsync($"/api/networking/smes/{sme}/matching", new { optedIn = true }).Json();
        Assert.Equal(["Neue Arbeit"], NamesAmong(await client.GetAsync($"/api/networking/smes/{sme}/proposals?top=50").Json(), startup));
    }
}
