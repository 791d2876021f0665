using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Demo.Tests;

public sealed class DemoTests(DemoFixture host) : IClassFixture<DemoFixture>
{
    private sealed record OfferingType(string Key);

    private sealed record Offering(Guid Id, string OfferingType);

    private sealed record Listed(Guid Id);

    private sealed record OrganisationProfile(Guid OrganisationId);

    private sealed record Video(Guid Id, JsonElement Details);

    private static readonly string[] RoleNames = ["platform-admin", "center-staff", "partner-staff", "organisation-member", "analyst"];

    [Fact]
    public async Task Given_the_demo_Then_the_catalog_has_three_programs_two_packages_and_offerings_of_every_type()
    {
        var types = await host.GetJsonAsync<List<OfferingType>>("/api/offering-types");
        var offerings = await host.GetJsonAsync<List<Offering>>("/api/catalog/offerings?sort=type");

        Assert.Equal(3, (await host.GetJsonAsync<List<Listed>>("/api/catalog/programs")).Count);
        Assert.Equal(2, (await host.GetJsonAsync<List<Listed>>("/api/catalog/packages")).Count);
        Assert.True(offerings.Count >= 35, $"{offerings.Count} offerings");
        Assert.Contains(types, t => t.Key == "lernfabrik-workshop");
        Assert.All(types, t => Assert.Contains(offerings, o => o.OfferingType == t.Key));
    }

    [Fact]
    public async Task Given_the_demo_Then_sessions_are_open_in_the_next_eight_weeks_and_eighteen_months_ran_before()
    {
        var upcoming = await host.ScalarAsync<long>("select count(*) from kz.mt_doc_sessionseats where "
            + "CAST(data ->> 'startsAt' as timestamptz) between now() and now() + interval '56 days'");
        var past = await host.ScalarAsync<long>("select count(*) from kz.mt_doc_sessionseats where "
            + "CAST(data ->> 'startsAt' as timestamptz) < now() - interval '450 days'");

        Assert.True(upcoming >= 15, $"{upcoming} sessions in the next eight weeks");
        Assert.True(past >= 10, $"{past} sessions more than 15 months ago");
    }

    [Fact]
    public async Task Given_the_demo_Then_there_are_experts_episodes_videos_with_captions_smes_and_startups()
    {
        using var client = host.CreateClient();
        var feed = await client.GetStringAsync("/api/media/podcasts/smarter-mittelstand/feed.xml");
        var videos = await host.GetJsonAsync<List<Video>>("/api/media/videos");

        Assert.Equal(5, (await host.GetJsonAsync<List<JsonElement>>("/api/consultations/experts")).Count);
        Assert.True(feed.Split("<item>").Length - 1 >= 8, "episodes in the feed");
        Assert.Contains("type=\"audio/mpeg\"", feed, StringComparison.Ordinal);
        Assert.Equal(6, videos.Count);
        Assert.All(videos, v => Assert.Equal(JsonValueKind.String, v.Details.GetProperty("captionsFileId").ValueKind));
        Assert.True((await host.GetJsonAsync<List<OrganisationProfile>>("/api/networking/smes")).Count >= 150);
        Assert.True((await host.GetJsonAsync<List<OrganisationProfile>>("/api/networking/startups")).Count >= 40);
    }

    [Fact]
    public async Task Given_the_demo_Then_the_needs_report_the_dashboard_and_odata_show_figures()
    {
        var passwords = host.Passwords();
        using var staff = await host.SignInAsync("center-staff@demo.kompetenzzentrum.local", passwords["center-staff@demo.kompetenzzentrum.local"]);
        using var analyst = await host.SignInAsync("analyst@demo.kompetenzzentrum.local", passwords["analyst@demo.kompetenzzentrum.local"]);
        var to = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var from = DateTime.UtcNow.AddMonths(-18).ToString("yyyy-MM-dd");

        var report = await staff.GetStringAsync($"/api/research/reports/needs?from={from}&to={to}");
        var dashboard = await analyst.GetStringAsync("/analyse");
        var kinds = await analyst.GetFromJsonAsync<JsonElement>("/odata/Interactions?$apply=groupby((Kind),aggregate($count as N))");
        var feedback = await analyst.GetFromJsonAsync<JsonElement>("/odata/Feedback?$top=5");

        Assert.Contains("Top-Themen", report, StringComparison.Ordinal);
        Assert.DoesNotContain("nicht genug Daten", dashboard, StringComparison.Ordinal);
        Assert.Contains("<svg", dashboard, StringComparison.Ordinal);
        var counts = kinds.GetProperty("value").EnumerateArray()
            .ToDictionary(k => k.GetProperty("Kind").GetString()!, k => k.GetProperty("N").GetInt32());
        foreach (var kind in new[] { "answered", "booked", "attended", "completed", "feedback" })
        {
            Assert.True(counts.GetValueOrDefault(kind) >= 100, $"{kind}: {counts.GetValueOrDefault(kind)}");
        }
        Assert.Equal(5, feedback.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task Given_the_demo_Then_each_role_signs_in_with_the_password_in_the_owner_only_file()
    {
        var passwords = host.Passwords();

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(host.PasswordsFile));
        }
        foreach (var role in RoleNames)
        {
            var email = $"{role}@demo.kompetenzzentrum.local";
            using var client = await host.SignInAsync(email, passwords[email]);
            using var me = await client.GetAsync("/api/organisations/accounts/me");
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            var account = await me.Content.ReadFromJsonAsync<JsonElement>();
            if (role == "organisation-member")
            {
                // A member's role comes from belonging to an organisation (here a demo SME), not from a grant.
                Assert.Equal(JsonValueKind.String, account.GetProperty("organisationId").ValueKind);
            }
            else
            {
                Assert.Contains(role, account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
            }
        }
    }

    [Fact]
    public async Task Given_the_demo_Then_it_was_seeded_in_under_a_minute_and_a_second_start_seeds_nothing()
    {
        var seconds = await host.ScalarAsync<string>("select data ->> 'seconds' from kz.mt_doc_demoseeded");
        var seededAt = await host.ScalarAsync<string>("select data ->> 'seededAt' from kz.mt_doc_demoseeded");
        var organisations = await host.ScalarAsync<long>("select count(*) from kz.mt_doc_organisation");
        var sessions = await host.ScalarAsync<long>("select count(*) from kz.mt_doc_sessionseats");

        await using (var second = new KompetenzzentrumFactory(host.ConnectionString, host.DemoSettings))
        {
            _ = second.Server;
            using var client = second.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        }

        Assert.True(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture) < 60, $"seeded in {seconds} s");
        Assert.Equal(seededAt, await host.ScalarAsync<string>("select data ->> 'seededAt' from kz.mt_doc_demoseeded"));
        Assert.Equal(organisations, await host.ScalarAsync<long>("select count(*) from kz.mt_doc_organisation"));
        Assert.Equal(sessions, await host.ScalarAsync<long>("select count(*) from kz.mt_doc_sessionseats"));
        Assert.Equal(1L, await host.ScalarAsync<long>("select count(*) from kz.mt_doc_demoseeded"));
    }
}
