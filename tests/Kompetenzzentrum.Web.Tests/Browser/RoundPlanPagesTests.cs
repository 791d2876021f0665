using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Staff plan a matchmaking session's meeting rounds from the catalog's session page: the best pairs meet in the first
/// round, pairs that share nothing are not planned, and an attendee without a network profile is named as not planned.
/// </summary>
public sealed partial class NetworkingPagesTests
{
    [Fact]
    public async Task Staff_plan_the_rounds_of_a_matchmaking_session_from_its_catalog_page()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var admin = host.CreateAdminClient();
        var offering = await CatalogSetup.PublishedOfferingAsync(admin, "matchmaking-event", "Matchmaking " + suffix,
            ("KMU trifft Startup", "SMEs meet startups"), ("Kurze Gesprächsrunden.", "Short meeting rounds."), ["ki"]);
        var starts = DateTimeOffset.UtcNow.AddDays(10);
        var session = (
            await HttpAnswers.Created(
                await admin.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
                    new { startsAt = starts, endsAt = starts.AddHours(3), capacity = 10 }))).GetProperty("id").GetGuid();
        var metal = await ProfileAsync(admin, "smes", new
        {
            name = $"Metallbau Spree {suffix}",
            challengeTopics = new[] { "ki", "daten" },
            problemStatements = new[] { "Angebote dauern zu lange." },
            industry = "C",
            federalState = "BE",
            postcode = "10115",
            maturityLevel = "Entdecker",
            contact = new { name = "Frau Spree", email = "spree@example.org" },
        });
        var print = await ProfileAsync(admin, "smes", new
        {
            name = $"Druckerei Havel {suffix}",
            challengeTopics = new[] { "cloud" },
            problemStatements = new[] { "Server im Keller." },
            industry = "C",
            federalState = "BB",
            postcode = "14467",
            maturityLevel = "Entdecker",
            contact = new { name = "Herr Havel", email = "havel@example.org" },
        });
        var partner = await ProfileAsync(admin, "startups", new
        {
            name = $"KI-Partner {suffix}",
            solutionTopics = new[] { "ki", "daten" },
            technologies = new[] { "Python" },
            solutions = new[] { "Angebote aus Zeichnungen" },
            references = Array.Empty<string>(),
            stage = "Growth",
            industries = new[] { "C" },
            federalState = "BE",
            postcode = "10117",
            contact = new { name = "Kim Partner", email = "kim@example.org" },
        });
        var cloud = await ProfileAsync(admin, "startups", new
        {
            name = $"Wolke {suffix}",
            solutionTopics = new[] { "cloud" },
            technologies = new[] { "Kubernetes" },
            solutions = new[] { "Server in die Cloud" },
            references = Array.Empty<string>(),
            stage = "Growth",
            industries = Array.Empty<string>(),
            federalState = "BY",
            postcode = "80331",
            contact = new { name = "Alex Wolke", email = "alex@example.org" },
        });
        var inn = await host.CreateOrganisationAdminAsync($"Gasthof Ohneprofil {suffix}");
        foreach (var organisation in new[] { metal, print, partner, cloud, inn.OrganisationId })
        {
            var booked = await admin.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
                new { organisationId = organisation, attendees = new[] { new { name = "Erika Muster" } } });
            Assert.True(booked.IsSuccessStatusCode, await booked.Content.ReadAsStringAsync());
        }

        var staff = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(staff, TestUsers.AdminEmail);
        await staff.GotoAsync($"/backoffice/angebote/{offering}/termine/{session}");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Matchmaking-Veranstaltung: Planung für diesen Termin" }).ClickAsync();
        Assert.Contains("5 bestätigte Teilnehmende", await staff.Locator("main").InnerTextAsync());

        // More rounds than allowed (typed into the address, past the field's limits) are named at the field.
        var refused = await staff.GotoAsync($"/backoffice/matching/termine/{session}?runden=50");
        Assert.Equal(400, refused!.Status);
        Assert.Contains("1 bis 20 Runden.", await staff.Locator("#f-runden-error").InnerTextAsync());

        await staff.GetByLabel("Zahl der Runden").FillAsync("2");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Runden planen" }).ClickAsync();
        Assert.Contains("runden=2", staff.Url);
        Assert.Contains($"KI-Partner {suffix}", await staff.Locator("#runde-1 tr", new() { HasText = $"Metallbau Spree {suffix}" }).InnerTextAsync());
        Assert.Contains($"Wolke {suffix}", await staff.Locator("#runde-1 tr", new() { HasText = $"Druckerei Havel {suffix}" }).InnerTextAsync());
        // The crossed pairs share nothing: the planner leaves them out rather than fill the second round.
        Assert.Equal(0, await staff.Locator("#runde-2").CountAsync());
        Assert.Contains("Nur 1 von 2 Runden haben Gespräche", await staff.Locator("#rest").InnerTextAsync());
        Assert.Contains($"Gasthof Ohneprofil {suffix}", await staff.Locator("#ohne-profil").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await BrowserHost.ScreenshotAsync(staff, "networking-round-plan");
    }

    private static async Task<Guid> ProfileAsync(HttpClient staff, string side, object profile)
    {
        var id = Guid.NewGuid();
        var saved = await staff.PutAsJsonAsync($"/api/networking/{side}/{id}", profile);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        return id;
    }
}
