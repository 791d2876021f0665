using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

public sealed class IntroductionHttpTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string SmeEmail = "einkauf@mittelstand.example";
    private const string StartupEmail = "hallo@datenwerk.example";

    private sealed record Pair(Guid Sme, Guid Startup, Guid Introduction);

    private async Task<Pair> Introduce(HttpClient client)
    {
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["daten"], email: SmeEmail));
        var startup = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Datenwerk", ["daten"], email: StartupEmail));
        var created = await client.PostAsJsonAsync("/api/networking/introductions", new { smeId = sme, startupId = startup })
            .Json(HttpStatusCode.Created);
        return new Pair(sme, startup, created.GetProperty("id").GetGuid());
    }

    private static string Url(Guid side, Guid introduction, string action = "") =>
        $"/api/networking/organisations/{side}/introductions/{introduction}{action}";

    private static async Task<string> Raw(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Given_an_introduction_Then_no_contact_is_visible_until_both_sides_accepted()
    {
        using var client = host.CreateAdminClient();
        var pair = await Introduce(client);

        Assert.DoesNotContain(StartupEmail, await Raw(client, Url(pair.Sme, pair.Introduction)));
        Assert.DoesNotContain(SmeEmail, await Raw(client, Url(pair.Startup, pair.Introduction)));

        var afterSme = await client.PostAsync(Url(pair.Sme, pair.Introduction, "/accept"), null).Json();
        Assert.Equal("waiting-for-other-side", afterSme.GetProperty("status").GetString());
        Assert.DoesNotContain(StartupEmail, afterSme.ToString());
        Assert.DoesNotContain(SmeEmail, await Raw(client, Url(pair.Startup, pair.Introduction)));
        Assert.DoesNotContain(SmeEmail, await Raw(client, $"/api/networking/organisations/{pair.Startup}/introductions"));

        var afterStartup = await client.PostAsync(Url(pair.Startup, pair.Introduction, "/accept"), null).Json();
        Assert.Equal("connected", afterStartup.GetProperty("status").GetString());
        Assert.Equal(SmeEmail, afterStartup.GetProperty("contact").GetProperty("email").GetString());
        Assert.Contains(StartupEmail, await Raw(client, Url(pair.Sme, pair.Introduction)));
    }

    [Fact]
    public async Task Given_one_side_declines_Then_the_other_side_sees_only_closed()
    {
        using var client = host.CreateAdminClient();
        var pair = await Introduce(client);
        await client.PostAsync(Url(pair.Sme, pair.Introduction, "/accept"), null).Json();

        var declined = await client.PostAsJsonAsync(Url(pair.Startup, pair.Introduction, "/decline"),
            new { reason = "Passt gerade nicht ins Budget" }).Json();
        Assert.Equal("declined", declined.GetProperty("status").GetString());

        var seen = await Raw(client, Url(pair.Sme, pair.Introduction));
        var view = JsonDocument.Parse(seen).RootElement;
        Assert.Equal("closed", view.GetProperty("status").GetString());
        Assert.DoesNotContain("declin", seen, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Budget", seen);
        Assert.DoesNotContain(StartupEmail, seen);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync(Url(pair.Sme, pair.Introduction, "/accept"), null)).StatusCode);
    }

    [Fact]
    public async Task Given_both_accepted_Then_meeting_and_outcome_are_recorded_and_no_fit_needs_a_reason()
    {
        using var client = host.CreateAdminClient();
        var pair = await Introduce(client);
        Assert.Equal(HttpStatusCode.Conflict,
            (await client.PostAsJsonAsync(Url(pair.Sme, pair.Introduction, "/outcome"), new { outcome = "Pilot" })).StatusCode);
        await client.PostAsync(Url(pair.Sme, pair.Introduction, "/accept"), null).Json();
        await client.PostAsync(Url(pair.Startup, pair.Introduction, "/accept"), null).Json();
        var beforeMeeting = await client.PostAsJsonAsync(Url(pair.Sme, pair.Introduction, "/outcome"), new { outcome = "Cooperation" })
            .Json(HttpStatusCode.Conflict);
        Assert.Contains("meeting", beforeMeeting.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);

        var met = await client.PostAsJsonAsync(Url(pair.Sme, pair.Introduction, "/meeting"), new { heldOn = "2026-11-20" }).Json();
        Assert.Equal("met", met.GetProperty("status").GetString());
        var noReason = await client.PostAsJsonAsync(Url(pair.Sme, pair.Introduction, "/outcome"), new { outcome = "NoFit" })
            .Json(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));

        var done = await client.PostAsJsonAsync(Url(pair.Startup, pair.Introduction, "/outcome"),
            new { outcome = "Pilot", reason = "Pilot in der Fertigung" }).Json();
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal("Pilot", (await client.GetFromJsonAsync<JsonElement>(Url(pair.Sme, pair.Introduction))).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Given_an_organisation_that_is_no_side_Then_it_gets_404_and_a_bad_proposal_names_the_field()
    {
        using var client = host.CreateAdminClient();
        var pair = await Introduce(client);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url(Guid.NewGuid(), pair.Introduction))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(Url(Guid.NewGuid(), pair.Introduction, "/accept"), null)).StatusCode);
        var problem = await client.PostAsJsonAsync("/api/networking/introductions", new { smeId = pair.Sme, startupId = Guid.NewGuid() })
            .Json(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("startupId", out _));
        Assert.Equal(HttpStatusCode.Conflict,
            (await client.PostAsJsonAsync("/api/networking/introductions", new { smeId = pair.Sme, startupId = pair.Startup })).StatusCode);
    }

    [Fact]
    public async Task Given_a_retried_proposal_with_the_same_idempotency_key_Then_one_introduction_exists()
    {
        using var client = host.CreateAdminClient();
        var sme = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["geschaeftsmodelle"]));
        var startup = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Modellbau", ["geschaeftsmodelle"]));
        var key = Guid.NewGuid().ToString();

        var ids = new List<Guid>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/networking/introductions")
            {
                Content = JsonContent.Create(new { smeId = sme, startupId = startup }),
            };
            request.Headers.Add("Idempotency-Key", key);
            ids.Add((await client.SendAsync(request).Json(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }

        Assert.Equal(ids[0], ids[1]);
        Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/networking/organisations/{sme}/introductions")).EnumerateArray());
    }
}
