using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>An SME fills in its profile, sees startups with reasons, asks to meet one; staff introduce another, the SME accepts.</summary>
public sealed partial class NetworkingPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Sme_sees_proposals_with_reasons_asks_to_meet_and_accepts_an_introduction_made_by_staff()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var forecast = await StartupAsync($"Prognosewerk {suffix}", ["ki", "daten"]);
        var sensors = await StartupAsync($"Maschinenfunk {suffix}", ["automatisierung", "daten"]);
        var sme = await host.CreateOrganisationAdminAsync();
        var page = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(page, sme.Email);

        await page.GotoAsync("/netzwerk");
        Assert.Contains("Legen Sie zuerst Ihr Profil an", await page.Locator("main").InnerTextAsync());
        var name = $"Bäckerei Sonnenschein {suffix}";
        await page.Locator("#f-name").FillAsync(name);
        await page.GetByLabel("Künstliche Intelligenz").CheckAsync();
        await page.GetByLabel("Daten", new() { Exact = true }).CheckAsync();
        await page.Locator("#f-industry").SelectOptionAsync("C");
        await page.Locator("#f-federalState").SelectOptionAsync("BB");
        await page.Locator("#f-postcode").FillAsync("1446");
        await page.Locator("#f-maturityLevel").SelectOptionAsync("Einsteiger");
        await page.Locator("[id='f-contact.name']").FillAsync("Erika Muster");
        await page.Locator("[id='f-contact.email']").FillAsync("erika@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Profil speichern" }).ClickAsync();
        Assert.Contains("Die Postleitzahl hat fünf Ziffern.", await page.Locator("#f-postcode-error").InnerTextAsync());
        Assert.Equal(name, await page.Locator("#f-name").InputValueAsync());
        await page.Locator("#f-postcode").FillAsync("14467");
        await page.GetByRole(AriaRole.Button, new() { Name = "Profil speichern" }).ClickAsync();
        Assert.Contains("Ihr Profil ist gespeichert.", await page.Locator(".flash").InnerTextAsync());

        var card = page.Locator(".card", new() { HasText = $"Prognosewerk {suffix}" });
        Assert.Contains("Warum", await card.InnerTextAsync());
        Assert.True(await card.Locator("ul li").CountAsync() > 0);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "network-sme");
        await card.GetByRole(AriaRole.Button, new() { Name = "Kennenlernen anfragen" }).ClickAsync();
        Assert.Contains("Ihre Anfrage ist unterwegs", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("die andere Seite noch nicht",
            await page.GetByRole(AriaRole.Row, new() { Name = $"Prognosewerk {suffix}" }).InnerTextAsync());

        var staff = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(staff, TestUsers.AdminEmail);
        await staff.GotoAsync("/backoffice/matching");
        await staff.GetByLabel("Unternehmen (KMU)").SelectOptionAsync(new SelectOptionValue { Label = name });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Vorschläge zeigen" }).ClickAsync();
        Assert.Contains($"Prognosewerk {suffix}", await staff.Locator("table").Last.InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await staff.GetByRole(AriaRole.Row, new() { Name = $"Maschinenfunk {suffix}" })
            .GetByRole(AriaRole.Button, new() { Name = "Vorstellen" }).ClickAsync();
        Assert.Contains("Die Vorstellung ist vorgeschlagen", await staff.Locator(".flash").InnerTextAsync());
        await BrowserHost.ScreenshotAsync(staff, "network-curation");

        await page.GotoAsync("/netzwerk");
        var row = page.GetByRole(AriaRole.Row, new() { Name = $"Maschinenfunk {suffix}" });
        Assert.Contains("Wartet auf Ihre Antwort", await row.InnerTextAsync());
        await row.GetByRole(AriaRole.Button, new() { Name = "Annehmen" }).ClickAsync();
        Assert.Contains("Sie haben zugesagt.", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("die andere Seite noch nicht",
            await page.GetByRole(AriaRole.Row, new() { Name = $"Maschinenfunk {suffix}" }).InnerTextAsync());

        // The startup says yes through the API: now the SME sees its contact, and only now.
        var accepted = await sensors.Client.GetFromJsonAsync<System.Text.Json.JsonElement[]>(
            $"/api/networking/organisations/{sensors.OrganisationId}/introductions");
        var introduction = accepted![0].GetProperty("introductionId").GetGuid();
        (await sensors.Client.PostAsync($"/api/networking/organisations/{sensors.OrganisationId}/introductions/{introduction}/accept", null))
            .EnsureSuccessStatusCode();
        await page.ReloadAsync();
        Assert.Contains($"kontakt-{suffix}@example.org",
            await page.GetByRole(AriaRole.Row, new() { Name = $"Maschinenfunk {suffix}" }).InnerTextAsync());
        Assert.DoesNotContain($"kontakt-{suffix}@example.org",
            await page.GetByRole(AriaRole.Row, new() { Name = $"Prognosewerk {suffix}" }).InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        _ = forecast;
    }

    private async Task<TestUser> StartupAsync(string name, string[] topics)
    {
        var startup = await host.CreateOrganisationAdminAsync(name);
        var suffix = name.Split(' ')[^1];
        (await startup.Client.PutAsJsonAsync($"/api/networking/startups/{startup.OrganisationId}", new
        {
            name,
            solutionTopics = topics,
            technologies = new[] { "Python" },
            solutions = new[] { "Vorhersagen für den Mittelstand" },
            references = Array.Empty<string>(),
            stage = "Growth",
            industries = new[] { "C" },
            federalState = "BB",
            postcode = "14469",
            contact = new { name = "Kim Gründerin", email = $"kontakt-{suffix}@example.org" },
        })).EnsureSuccessStatusCode();
        return startup;
    }

    // The machine is shared with parallel builds: give pages more time than the fixture's default.
    private static IPage Slow(IPage page)
    {
        page.SetDefaultTimeout(45_000);
        page.SetDefaultNavigationTimeout(45_000);
        return page;
    }
}
