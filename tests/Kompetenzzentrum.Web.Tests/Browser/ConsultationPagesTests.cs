using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The KI-Sprechstunde in the browser: the SME answers the questionnaire (conditional question with its note),
/// sees use cases with reasons, loses a slot to a parallel booking with a clear message, books another and
/// downloads the calendar file; staff see the talk in the calendar and write the summary; the SME reads it.
/// </summary>
public sealed class ConsultationPagesTests(ClockedBrowserHost host) : IClassFixture<ClockedBrowserHost>
{
    private const string Api = "/api/consultations";

    [Fact]
    public async Task SME_answers_and_books_staff_record_the_summary_and_the_SME_reads_it()
    {
        var offering = await SetUpAsync();
        var sme = await host.CreateOrganisationAdminAsync("Musterbau GmbH");
        var contact = $"kontakt-{Guid.NewGuid():N}@example.org";

        // The SME requests a consultation.
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, sme.Email);
        await page.GotoAsync("/beratung");
        Assert.Equal("KI-Sprechstunde", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "consult-list");
        await page.GetByLabel("E-Mail-Adresse für Bestätigung und Kalendereintrag").FillAsync(contact);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sprechstunde anfragen" }).ClickAsync();
        Assert.Contains("Fragebogen", await page.Locator(".flash").InnerTextAsync());
        var consultationId = Guid.Parse(new Uri(page.Url).Segments[^1]);

        // The questionnaire: the conditional question says when it applies; a missing required answer is named next to its question.
        Assert.Contains("Nur beantworten, wenn Sie bei „Ziel?“ „Bildprüfung“ gewählt haben",
            await page.Locator("#f-answers\\.camera").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "consult-questionnaire");
        await page.GetByLabel("Bildprüfung").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Antworten speichern" }).ClickAsync();
        Assert.Contains("Bitte beantworten Sie diese Frage.", await page.Locator("#f-answers\\.camera").InnerTextAsync());
        Assert.Contains("Bitte beantworten Sie diese Frage.", await page.Locator("#f-answers\\.experience").InnerTextAsync());
        await page.Locator("#f-answers\\.camera").GetByLabel("Ja").CheckAsync();
        await page.Locator("#f-answers\\.experience").GetByLabel("3", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Antworten speichern" }).ClickAsync();
        Assert.Contains("Antworten sind gespeichert", await page.Locator(".flash").InnerTextAsync());

        // Use cases with their reason, and free slots.
        var useCase = page.Locator("#anwendungsfaelle").Locator("xpath=..");
        Assert.Contains("Visuelle Qualitätsprüfung", await useCase.InnerTextAsync());
        Assert.Contains("Warum: Passt zu Ihren Angaben: quality, vision", await useCase.InnerTextAsync());
        var firstSlot = page.Locator("input[name=startsAt]").First;
        var taken = DateTimeOffset.Parse(await firstSlot.GetAttributeAsync("value") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "consult-use-cases-and-slots");

        // Meanwhile another company books that very slot: the SME's click gets a clear message and fresh slots.
        await BookForAnotherCompanyAsync(offering, taken);
        await firstSlot.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Termin verbindlich buchen" }).ClickAsync();
        Assert.Contains("Dieser Termin wurde gerade von jemand anderem gebucht", await page.Locator(".form-summary").InnerTextAsync());
        await BrowserHost.ScreenshotAsync(page, "consult-slot-taken");
        var values = await page.Locator("input[name=startsAt]").EvaluateAllAsync<string[]>("els => els.map(e => e.value)");
        Assert.DoesNotContain(values, v => DateTimeOffset.Parse(v, System.Globalization.CultureInfo.InvariantCulture) == taken);
        await page.Locator("input[name=startsAt]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Termin verbindlich buchen" }).ClickAsync();
        Assert.Contains("Ihre KI-Sprechstunde ist gebucht", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Gebucht", await page.Locator("main").InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Kalendereintrag herunterladen (.ics)" }).ClickAsync());
        var calendar = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains($"UID:consultation-{consultationId:D}@kompetenzzentrum", calendar, StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "consult-booked");

        // Another company never sees this consultation.
        var stranger = await host.CreateOrganisationAdminAsync("Fremd GmbH");
        var strangerPage = await host.NewPageAsync();
        await BrowserHost.SignInAsync(strangerPage, stranger.Email);
        Assert.Equal(404, (await strangerPage.GotoAsync($"/beratung/{consultationId}"))!.Status);

        // Staff see the talk in the calendar; after its start they record notes and the shared summary.
        using (var admin = await host.AdminAsync())
        {
            var view = await admin.GetFromJsonAsync<JsonElement>($"{Api}/consultations/{consultationId}", HostFixture.Json);
            var starts = view.GetProperty("consultation").GetProperty("startsAt").GetDateTimeOffset();
            var staff = await host.NewPageAsync();
            await BrowserHost.SignInAsync(staff, TestUsers.AdminEmail);
            await staff.GotoAsync("/backoffice/beratung");
            var row = staff.Locator("tr", new() { HasText = contact });
            Assert.Contains("Anstehend", await row.InnerTextAsync());
            Assert.Contains("vision", await staff.Locator("main").InnerTextAsync());
            Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
            await BrowserHost.ScreenshotAsync(staff, "consult-staff-calendar");
            host.Clock.Advance(starts - host.Clock.GetUtcNow() + TimeSpan.FromMinutes(70));
        }
        var expert = await host.NewPageAsync();
        await BrowserHost.SignInAsync(expert, TestUsers.AdminEmail);
        await expert.GotoAsync("/backoffice/beratung");
        await expert.Locator("tr", new() { HasText = contact }).GetByRole(AriaRole.Link).ClickAsync();
        Assert.Contains("Bildprüfung", await expert.Locator("main").InnerTextAsync());
        await expert.GetByLabel("Private Notizen").FillAsync("Geschäftsführer skeptisch, Budget knapp.");
        await expert.GetByLabel("Zusammenfassung für das Unternehmen").FillAsync("Kamerabasierte Prüfung der Schweißnähte ist machbar.");
        await expert.GetByLabel("Nächste Schritte").FillAsync("Beispielbilder sammeln\nAngebot Sprint prüfen");
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(expert));
        await BrowserHost.ScreenshotAsync(expert, "consult-staff-summary-form");
        await expert.GetByRole(AriaRole.Button, new() { Name = "Ergebnis speichern und teilen" }).ClickAsync();
        Assert.Contains("Das Gespräch ist dokumentiert", await expert.Locator(".flash").InnerTextAsync());

        // The SME reads the summary and the next steps, never the private notes.
        var again = await host.NewPageAsync();
        await BrowserHost.SignInAsync(again, sme.Email);
        await again.GotoAsync($"/beratung/{consultationId}");
        var main = await again.Locator("main").InnerTextAsync();
        Assert.Contains("Kamerabasierte Prüfung der Schweißnähte ist machbar.", main);
        Assert.Contains("Angebot Sprint prüfen", main);
        Assert.DoesNotContain("skeptisch", main);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(again));
        await BrowserHost.ScreenshotAsync(again, "consult-summary");
    }

    private async Task<Guid> SetUpAsync()
    {
        using var admin = await host.AdminAsync();
        await Ok(admin.PutAsJsonAsync($"{Api}/questionnaire", new
        {
            questions = new object[]
            {
                new { id = "goal", kind = "single-choice", text = new { de = "Ziel?", en = "Goal?" }, required = true, choices = new object[]
                {
                    new { key = "vision", text = new { de = "Bildprüfung", en = "Visual checks" }, tags = new[] { "vision", "quality" },
                        topics = new[] { "ki" } },
                    new { key = "docs", text = new { de = "Dokumente", en = "Documents" }, tags = new[] { "documents" }, topics = new[] { "ki" } },
                } },
                new { id = "camera", kind = "single-choice", text = new { de = "Kamera?", en = "Camera?" }, required = true, choices = new object[]
                {
                    new { key = "yes", text = new { de = "Ja", en = "Yes" }, tags = new[] { "data:images" }, topics = Array.Empty<string>() },
                    new { key = "no", text = new { de = "Nein", en = "No" }, tags = new[] { "barrier:equipment" }, topics = Array.Empty<string>() },
                }, showWhen = new { questionId = "goal", anyOf = new[] { "vision" } } },
                new { id = "experience", kind = "scale", text = new { de = "Erfahrung mit KI?", en = "AI experience?" }, required = true,
                    scaleMin = 1, scaleMax = 5 },
                new { id = "notes", kind = "free-text", text = new { de = "Was sollen wir vorab wissen?", en = "Anything else?" }, required = false },
            },
        }));
        var offering = await CatalogSetup.PublishedConsultationOfferingAsync(admin);
        await Ok(
            admin.PutAsJsonAsync($"{Api}/offerings/{offering}",
                new
                {
                    topics = new[] { "ki" },
                    minimumNoticeHours = 24,
                    horizonDays = 30,
                    quarterlyLimit = 1,
                    videoLink = "https://meet.example.org/ki"
                }));
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" };
        await Ok(
            admin.PutAsJsonAsync($"{Api}/experts/{Guid.NewGuid()}",
                new
                {
                    tags = new[] { "vision", "quality" },
                    slotMinutes = 60,
                    windows = days.Select(day => new { day, from = "09:00", to = "12:00" }).ToArray()
                }));
        await Ok(admin.PostAsJsonAsync($"{Api}/use-cases", new
        {
            key = "visual-inspection",
            title = new { de = "Visuelle Qualitätsprüfung", en = "Visual quality inspection" },
            summary = new { de = "Fehler per Kamera finden.", en = "Find defects by camera." },
            topics = new[] { "ki" },
            tags = new[] { "vision", "quality" },
            dataPrerequisites = new[] { "images" },
        }));
        return offering;
    }

    private async Task BookForAnotherCompanyAsync(Guid offering, DateTimeOffset startsAt)
    {
        using var admin = await host.AdminAsync();
        var route = $"{Api}/organisations/{Guid.NewGuid()}/consultations";
        var created = await HttpAnswers.Created(await admin.PostAsJsonAsync(route, new { offeringId = offering }));
        var id = created.GetProperty("id").GetGuid();
        await Ok(admin.PutAsJsonAsync($"{route}/{id}/answers", new { answers = new { goal = "vision", camera = "yes", experience = 2 } }));
        await HttpAnswers.Created(await admin.PostAsJsonAsync($"{route}/{id}/booking", new { startsAt }));
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
