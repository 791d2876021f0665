using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>Staff search the organisation directory, open an organisation with its history and radar, and keep notes on it.</summary>
public sealed class OrganisationDirectoryPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private sealed record Created(Guid Id);

    [Fact]
    public async Task Staff_search_open_an_organisation_see_its_history_add_a_note_in_German_and_English()
    {
        var (id, name) = await OrganisationWithHistoryAsync();
        await IntroduceAsync(id);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);

        await page.GotoAsync("/backoffice/unternehmen");
        Assert.True(await page.Locator("a[href='/backoffice/unternehmen']").CountAsync() >= 1, "the back-office menu links the page");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        Assert.Contains("1 Unternehmen gefunden", await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        Assert.EndsWith($"/backoffice/unternehmen/{id}", page.Url);
        var history = await page.Locator("ol.timeline").InnerTextAsync();
        Assert.Contains("Buchung: Werkstatt", history);
        Assert.Contains("Digitalisierungs-Check T0", history);
        Assert.Contains("Kennenlernen mit Datenwerk Historie vorgeschlagen", history);
        Assert.Equal(1, await page.Locator("figure.chart.radar").CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.Locator("#f-text").FillAsync("   ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notiz hinzufügen" }).ClickAsync();
        Assert.Contains("Bitte geben Sie einen Text ein.", await page.Locator(".form-summary").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#f-text").CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.Locator("#f-text").FillAsync("Möchte im Frühjahr einen Sprint.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notiz hinzufügen" }).ClickAsync();
        Assert.Contains("Die Notiz ist gespeichert.", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Möchte im Frühjahr einen Sprint.", await page.Locator("ul.notes").InnerTextAsync());
        await BrowserHost.ScreenshotAsync(page, "organisation-record-de");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.Contains("Staff notes", await page.Locator("main").InnerTextAsync());
        var english = await page.Locator("ol.timeline").InnerTextAsync();
        Assert.Contains("Booking: Workshop", english);
        Assert.Contains("Introduction to Datenwerk Historie proposed", english);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Staff_search_and_keep_a_note_without_javascript()
    {
        var (id, name) = await OrganisationWithHistoryAsync();
        var context = await host.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString().TrimEnd('/'),
            Locale = "de-DE",
            JavaScriptEnabled = false,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/unternehmen?industry=ZZ");
        Assert.Contains("Diesen Wert gibt es nicht", await page.Locator(".form-summary").InnerTextAsync());

        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.Locator("#f-text").FillAsync("Ohne Skript notiert.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notiz hinzufügen" }).ClickAsync();

        Assert.Contains("Die Notiz ist gespeichert.", await page.Locator(".flash").InnerTextAsync());
        Assert.EndsWith($"/backoffice/unternehmen/{id}", page.Url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Notiz löschen" }).ClickAsync();
        Assert.Contains("Die Notiz ist gelöscht.", await page.Locator(".flash").InnerTextAsync());
        Assert.Equal(0, await page.Locator("ul.notes li").CountAsync());
    }

    /// <summary>An SME that took the check once and has a booking of a session with the title "Werkstatt"/"Workshop".</summary>
    private async Task<(Guid Id, string Name)> OrganisationWithHistoryAsync()
    {
        using var staff = await host.AdminAsync();
        var sme = await host.CreateOrganisationAdminAsync();
        var organisation = sme.OrganisationId!.Value;
        var name = (await staff.GetFromJsonAsync<Named>($"/api/organisations/{organisation}"))!.Name;
        var set = await MaturityApi.CurrentSetAsync(sme.Client);
        await MaturityApi.TakeAsync(sme.Client, organisation, set.GetProperty("id").GetInt32(), MaturityApi.Answers(set, 2));
        var offering = await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "CRM " + Guid.NewGuid().ToString("N")[..6],
            ("Werkstatt", "Workshop"), ("Ein Tag.", "One day."), ["ki"]);
        var session = await staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = DateTimeOffset.UtcNow.AddDays(10), endsAt = DateTimeOffset.UtcNow.AddDays(10).AddHours(2), capacity = 10 });
        var sessionId = (await session.Content.ReadFromJsonAsync<Created>())!.Id;
        var booked = await staff.PostAsJsonAsync($"/api/catalog/sessions/{sessionId}/bookings",
            new { organisationId = organisation, attendees = new[] { new { name = "Erika Mustermann" } } });
        Assert.True(booked.IsSuccessStatusCode, await booked.Content.ReadAsStringAsync());
        return (organisation, name);
    }

    /// <summary>Staff propose that the organisation (as an SME) meets the startup "Datenwerk Historie" (networking module).</summary>
    private async Task IntroduceAsync(Guid organisation)
    {
        using var staff = await host.AdminAsync();
        var contact = new { name = "Frau Kmu", email = "kmu@example.org", phone = (string?)null };
        var sme = await staff.PutAsJsonAsync($"/api/networking/smes/{organisation}", new
        {
            name = "KMU Historie",
            challengeTopics = new[] { "daten" },
            problemStatements = new[] { "Daten liegen verstreut." },
            industry = "C",
            federalState = "BE",
            postcode = "10115",
            maturityLevel = "Entdecker",
            contact,
        });
        Assert.True(sme.IsSuccessStatusCode, await sme.Content.ReadAsStringAsync());
        var startupId = Guid.NewGuid();
        var startup = await staff.PutAsJsonAsync($"/api/networking/startups/{startupId}", new
        {
            name = "Datenwerk Historie",
            solutionTopics = new[] { "daten" },
            technologies = new[] { "Python" },
            solutions = new[] { "Dashboard" },
            references = new[] { "Pilot" },
            stage = "Growth",
            industries = Array.Empty<string>(),
            federalState = "BY",
            postcode = "80331",
            contact,
        });
        Assert.True(startup.IsSuccessStatusCode, await startup.Content.ReadAsStringAsync());
        var introduced = await staff.PostAsJsonAsync("/api/networking/introductions", new { smeId = organisation, startupId });
        Assert.True(introduced.IsSuccessStatusCode, await introduced.Content.ReadAsStringAsync());
    }

    private sealed record Named(string Name);
}
