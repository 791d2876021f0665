using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The Geschäftsmodellsprint in the browser: staff open a program period, accept an application into it, change the
/// period's sprints (fewer than taken refused), record results (challenges, an idea assessed and chosen, a roadmap
/// action), put the SME's contact into the team, give her a task and schedule a workshop with her, advance a phase
/// (first refused with the missing result named), change the timeline and go back to the analysis with a reason; the
/// SME sees the phase, marks a task done, downloads a workshop's calendar file and edits the canvas, meeting a
/// concurrent change with a clear message.
/// </summary>
public sealed class SprintPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Api = "/api/sprints";

    [Fact]
    public async Task Staff_open_a_period_accept_and_advance_a_phase_and_the_SME_sees_it_and_edits_the_canvas()
    {
        using var admin = await host.AdminAsync();
        var offering = await CatalogSetup.PublishedSprintOfferingAsync(admin);
        var sme = await host.CreateOrganisationAdminAsync("Holzwerk Lausitz GmbH");
        await Ok(sme.Client.PostAsJsonAsync($"{Api}/organisations/{sme.OrganisationId}/applications", new
        {
            offeringId = offering,
            motivation = "Unser Großkunde bestellt weniger.",
            goals = "Ein zweites Standbein finden.",
            availability = "Dienstags und donnerstags",
        }));

        // Staff open a program period from the board: a last day before the first is refused with the API's words, the input kept.
        var staff = await host.NewPageAsync();
        await BrowserHost.SignInAsync(staff, TestUsers.AdminEmail);
        await staff.GotoAsync("/backoffice/sprints");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Programmzeiträume und freie Sprints" }).ClickAsync();
        await staff.GetByLabel("Name").FillAsync("Förderjahr 2026");
        await staff.GetByLabel("Erster Tag").FillAsync("2026-01-01");
        await staff.GetByLabel("Letzter Tag").FillAsync("2025-12-31");
        await staff.GetByLabel("Zahl der Sprints").FillAsync("3");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Zeitraum eröffnen" }).ClickAsync();
        Assert.Contains("nicht vor dem ersten", await staff.Locator(".form-summary").InnerTextAsync());
        Assert.Equal("Förderjahr 2026", await staff.GetByLabel("Name").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await staff.GetByLabel("Letzter Tag").FillAsync("2027-12-31");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Zeitraum eröffnen" }).ClickAsync();
        Assert.Contains("Der Zeitraum „Förderjahr 2026“ ist eröffnet.", await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains("0 von 3 belegt, 3 frei", await staff.Locator("tr", new() { HasText = "Förderjahr 2026" }).InnerTextAsync());

        // Staff accept the application on the board, into that period.
        await staff.GotoAsync("/backoffice/sprints");
        await staff.Locator("tr", new() { HasText = sme.Email }).GetByRole(AriaRole.Link, new() { Name = "Prüfen und entscheiden" }).ClickAsync();
        Assert.Contains("Ein zweites Standbein finden.", await staff.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await BrowserHost.ScreenshotAsync(staff, "sprint-application");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Annehmen und Sprint starten" }).ClickAsync();
        Assert.Contains("Die Bewerbung ist angenommen", await staff.Locator(".flash").InnerTextAsync());

        // The sprint took a place of the period: fewer places than sprints taken are refused, more are fine.
        await staff.GotoAsync("/backoffice/sprints/zeitraeume");
        var period = staff.Locator("tr", new() { HasText = "Förderjahr 2026" });
        Assert.Contains("1 von 3 belegt, 2 frei", await period.InnerTextAsync());
        await period.GetByLabel("Sprints von Förderjahr 2026", new() { Exact = true }).FillAsync("0");
        await period.GetByRole(AriaRole.Button, new() { Name = "Ändern" }).ClickAsync();
        Assert.Contains("Der Zeitraum trägt schon 1 Sprints.", await staff.Locator(".flash").InnerTextAsync());
        await period.GetByLabel("Sprints von Förderjahr 2026", new() { Exact = true }).FillAsync("2");
        await period.GetByRole(AriaRole.Button, new() { Name = "Ändern" }).ClickAsync();
        Assert.Contains("Der Zeitraum trägt jetzt 2 Sprints.", await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains("1 von 2 belegt, 1 frei", await period.InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await BrowserHost.ScreenshotAsync(staff, "sprint-periods");

        var engagements = await admin.GetFromJsonAsync<JsonElement>($"{Api}/organisations/{sme.OrganisationId}/engagements", HostFixture.Json);
        var id = engagements.EnumerateArray().Single().GetProperty("id").GetGuid();
        // Staff record results on the sprint's results page: the analysis' challenges, an idea assessed and chosen, a roadmap action.
        await staff.GotoAsync("/backoffice/sprints");
        await staff.Locator($"#sprint-{id}").GetByRole(AriaRole.Link, new() { Name = "Ergebnisse erfassen" }).ClickAsync();
        Assert.Contains("Noch offen: das Ist-Geschäftsmodell (Canvas), die wichtigsten Herausforderungen",
            await staff.Locator("#stand").InnerTextAsync());
        await staff.GetByLabel("Die wichtigsten Herausforderungen (eine je Zeile)").FillAsync("Abhängigkeit von einem Großkunden\n\nKein Vertrieb");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Herausforderungen speichern" }).ClickAsync();
        Assert.Contains("Die Herausforderungen sind gespeichert.", await staff.Locator(".flash").InnerTextAsync());
        Assert.Equal("Abhängigkeit von einem Großkunden\nKein Vertrieb",
            await staff.GetByLabel("Die wichtigsten Herausforderungen (eine je Zeile)").InputValueAsync());
        await staff.GetByLabel("Titel der Idee").FillAsync("Möbel-Abo für Büros");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Idee aufnehmen" }).ClickAsync();
        var idea = staff.Locator("article", new() { HasText = "Möbel-Abo für Büros" });
        Assert.Contains("Noch nicht bewertet.", await idea.InnerTextAsync());
        await idea.GetByLabel("Nutzen").FillAsync("4");
        await idea.GetByLabel("Aufwand").FillAsync("2");
        await idea.GetByLabel("Risiko").FillAsync("3");
        await idea.GetByRole(AriaRole.Button, new() { Name = "Bewerten" }).ClickAsync();
        Assert.Contains("Die Bewertung ist gespeichert.", await staff.Locator(".flash").InnerTextAsync());
        await idea.GetByRole(AriaRole.Button, new() { Name = "Auswählen" }).ClickAsync();
        Assert.Contains("Nutzen 4, Aufwand 2, Risiko 3", await idea.InnerTextAsync());
        Assert.Contains("(ausgewählt)", await idea.InnerTextAsync());
        await staff.GetByRole(AriaRole.Textbox, new() { Name = "Maßnahme", Exact = true }).FillAsync("Abo-Angebot kalkulieren");
        await staff.GetByLabel("Wer übernimmt sie").FillAsync("Geschäftsführung");
        await staff.GetByLabel("Erledigt bis").FillAsync("2030-03-31");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Maßnahme aufnehmen" }).ClickAsync();
        Assert.Contains("Die Maßnahme ist im Fahrplan.", await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains("Geschäftsführung", await staff.Locator("tr", new() { HasText = "Abo-Angebot kalkulieren" }).InnerTextAsync());
        Assert.Contains("Noch offen: das Ist-Geschäftsmodell (Canvas)", await staff.Locator("#stand").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await BrowserHost.ScreenshotAsync(staff, "sprint-results");
        var recorded = await admin.GetFromJsonAsync<JsonElement>($"{Api}/engagements/{id}", HostFixture.Json);
        Assert.Equal(2, recorded.GetProperty("challenges").GetArrayLength());
        Assert.Equal(1, recorded.GetProperty("roadmap").GetArrayLength());

        // Staff put the SME's contact into the team (a second time refused: same address) and give her a task.
        await staff.GotoAsync("/backoffice/sprints");
        await staff.Locator($"#sprint-{id}").GetByRole(AriaRole.Link, new() { Name = "Team und Aufgaben" }).ClickAsync();
        Assert.Contains("Nehmen Sie zuerst jemanden ins Team auf", await staff.Locator("#aufgaben").InnerTextAsync());
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await staff.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Erika Holz");
            await staff.GetByLabel("E-Mail-Adresse").FillAsync(sme.Email);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Ins Team aufnehmen" }).ClickAsync();
        }
        Assert.Contains("Jemand mit dieser E-Mail-Adresse ist schon im Team.", await staff.Locator(".flash").InnerTextAsync());
        Assert.Equal(1, await staff.Locator("#team tbody tr").CountAsync());
        await staff.GetByRole(AriaRole.Textbox, new() { Name = "Aufgabe", Exact = true }).FillAsync("Kundenliste exportieren");
        await staff.GetByLabel("Erledigt bis").FillAsync("2030-01-31");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Aufgabe vergeben" }).ClickAsync();
        Assert.Contains("Die Aufgabe ist vergeben.", await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains("Erika Holz", await staff.Locator("tr", new() { HasText = "Kundenliste exportieren" }).InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await BrowserHost.ScreenshotAsync(staff, "sprint-team");

        // Staff schedule the synthesis workshop with her: an end before the start is refused with the input kept.
        await staff.GotoAsync("/backoffice/sprints");
        await staff.Locator($"#sprint-{id}").GetByRole(AriaRole.Link, new() { Name = "Workshops" }).ClickAsync();
        var workshopStart = DateTime.Today.AddDays(10).AddHours(9);
        await staff.GetByLabel("Phase").SelectOptionAsync("synthesis");
        await staff.GetByRole(AriaRole.Textbox, new() { Name = "Titel", Exact = true }).FillAsync("Synthese-Workshop");
        await staff.GetByLabel("Beginn").FillAsync(Local(workshopStart));
        await staff.GetByLabel("Ende").FillAsync(Local(workshopStart.AddHours(-1)));
        await staff.GetByRole(AriaRole.Textbox, new() { Name = "Ort", Exact = true }).FillAsync("Cottbus, Werkhalle 2");
        await staff.GetByLabel("Erika Holz").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Workshop planen und einladen" }).ClickAsync();
        Assert.Contains("höchstens 12 Stunden später", await staff.Locator(".form-summary").InnerTextAsync());
        Assert.Equal("Synthese-Workshop", await staff.GetByRole(AriaRole.Textbox, new() { Name = "Titel", Exact = true }).InputValueAsync());
        Assert.True(await staff.GetByLabel("Erika Holz").IsCheckedAsync());
        await staff.GetByLabel("Ende").FillAsync(Local(workshopStart.AddHours(3)));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Workshop planen und einladen" }).ClickAsync();
        Assert.Contains("Der Workshop ist geplant", await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains("Dabei: Erika Holz", await staff.Locator("section", new() { HasText = "Synthese-Workshop" }).InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await BrowserHost.ScreenshotAsync(staff, "sprint-workshops");
        // A second workshop, scheduled and cancelled: the page marks it, the first one stays.
        await staff.GetByLabel("Phase").SelectOptionAsync("synthesis");
        await staff.GetByRole(AriaRole.Textbox, new() { Name = "Titel", Exact = true }).FillAsync("Zwischentermin");
        await staff.GetByLabel("Beginn").FillAsync(Local(workshopStart.AddDays(1)));
        await staff.GetByLabel("Ende").FillAsync(Local(workshopStart.AddDays(1).AddHours(1)));
        await staff.GetByRole(AriaRole.Textbox, new() { Name = "Ort", Exact = true }).FillAsync("Cottbus, Büro");
        await staff.GetByLabel("Erika Holz").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Workshop planen und einladen" }).ClickAsync();
        Assert.Contains("Der Workshop ist geplant", await staff.Locator(".flash").InnerTextAsync());
        await staff.Locator("section", new() { HasText = "Zwischentermin" }).GetByRole(AriaRole.Button, new() { Name = "Absagen" }).ClickAsync();
        Assert.Contains("Der Workshop ist abgesagt", await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains("(abgesagt)", await staff.Locator("section", new() { HasText = "Zwischentermin" }).InnerTextAsync());
        Assert.DoesNotContain("(abgesagt)", await staff.Locator("section", new() { HasText = "Synthese-Workshop" }).InnerTextAsync());
        var workshop = (await admin.GetFromJsonAsync<JsonElement>($"{Api}/engagements/{id}", HostFixture.Json))
            .GetProperty("workshops").EnumerateArray()
            .Single(w => w.GetProperty("title").GetString() == "Synthese-Workshop")
            .GetProperty("workshopId").GetGuid();

        // Completing the analysis without the as-is canvas is refused, naming what is missing.
        await staff.GotoAsync("/backoffice/sprints");
        var card = staff.Locator($"#sprint-{id}");
        Assert.Contains("das Ist-Geschäftsmodell (Canvas)", await card.InnerTextAsync());
        await card.GetByRole(AriaRole.Button, new() { Name = "Analyse abschließen" }).ClickAsync();
        Assert.Contains("Es fehlt: das Ist-Geschäftsmodell (Canvas).", await staff.Locator(".flash").InnerTextAsync());
        var canvas = new { valuePropositions = new[] { "Möbel nach Maß" }, customerSegments = new[] { "Ein Großkunde" } };
        await Ok(admin.PutAsJsonAsync($"{Api}/engagements/{id}/canvas/as-is", new { blocks = canvas }));
        await staff.Locator($"#sprint-{id}").GetByRole(AriaRole.Button, new() { Name = "Analyse abschließen" }).ClickAsync();
        Assert.Contains("Die Phase „Analyse“ ist abgeschlossen; weiter geht es mit „Synthese“.",
            await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains(sme.Email,
            await staff.Locator("section", new() { Has = staff.GetByRole(AriaRole.Heading, new() { Name = "Synthese" }) }).InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await BrowserHost.ScreenshotAsync(staff, "sprint-board");

        // On the sprint's timeline page staff move the start and change the length: the phases' weeks follow. Then they go
        // back to the analysis with a reason, which the history keeps, and complete it again.
        await staff.Locator($"#sprint-{id}").GetByRole(AriaRole.Link, new() { Name = "Zeitplan und Phasen" }).ClickAsync();
        Assert.Contains("aktuelle Phase", await staff.Locator("tr", new() { HasText = "Synthese" }).InnerTextAsync());
        await staff.GetByLabel("Erster Tag des Sprints").FillAsync("2030-02-04");
        await staff.GetByLabel("Dauer in Wochen").FillAsync("10");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Zeitplan ändern" }).ClickAsync();
        Assert.Contains("Der Zeitplan ist geändert", await staff.Locator(".flash").InnerTextAsync());
        // Ten weeks over four phases: three, three, two, two.
        Assert.Contains("24. Feb. 2030", await staff.Locator("tr", new() { HasText = "Analyse" }).InnerTextAsync());
        Assert.Contains("14. Apr. 2030", await staff.Locator("tr", new() { HasText = "Transfer" }).InnerTextAsync());
        await staff.GetByLabel("Phase, die wieder offen sein soll").SelectOptionAsync("analysis");
        await staff.GetByLabel("Grund (steht im Verlauf)").FillAsync("Ein zweiter Großkunde ist aufgetaucht.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Phase wieder öffnen" }).ClickAsync();
        Assert.Contains("Die Phase „Analyse“ ist wieder offen.", await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains("Analyse wieder geöffnet – Grund: Ein zweiter Großkunde ist aufgetaucht.",
            await staff.Locator("#verlauf").InnerTextAsync());
        Assert.Contains("aktuelle Phase", await staff.Locator("tr", new() { HasText = "Analyse" }).InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await BrowserHost.ScreenshotAsync(staff, "sprint-timeline");
        await staff.GotoAsync("/backoffice/sprints");
        await staff.Locator($"#sprint-{id}").GetByRole(AriaRole.Button, new() { Name = "Analyse abschließen" }).ClickAsync();
        Assert.Contains("Die Phase „Analyse“ ist abgeschlossen", await staff.Locator(".flash").InnerTextAsync());
        var replanned = await admin.GetFromJsonAsync<JsonElement>($"{Api}/engagements/{id}", HostFixture.Json);
        Assert.Equal(10, replanned.GetProperty("weeks").GetInt32());
        Assert.Equal(3, replanned.GetProperty("phaseHistory").GetArrayLength());

        // The SME sees the phase, marks the task done and downloads the workshop's calendar entry.
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, sme.Email);
        await page.GotoAsync("/sprint");
        var current = page.Locator("li[aria-current=step]");
        Assert.Contains("Synthese", await current.InnerTextAsync());
        Assert.Contains("aktuelle Phase", await current.InnerTextAsync());
        Assert.Contains("abgeschlossen", await page.Locator("li.card", new() { HasText = "Analyse" }).InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "sprint-sme");
        await page.Locator("tr", new() { HasText = "Kundenliste exportieren" })
            .GetByRole(AriaRole.Button, new() { Name = "Als erledigt markieren" }).ClickAsync();
        Assert.Contains("Die Aufgabe ist erledigt.", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("erledigt", await page.Locator("tr", new() { HasText = "Kundenliste exportieren" }).InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("li.card", new() { HasText = "Synthese-Workshop" })
            .GetByRole(AriaRole.Link, new() { Name = "Kalendereintrag (.ics)" }).ClickAsync());
        Assert.Contains($"UID:sprint-workshop-{workshop:D}@kompetenzzentrum", await File.ReadAllTextAsync((await download.PathAsync())!),
            StringComparison.Ordinal);
        var report = await page.GetByRole(AriaRole.Link, new() { Name = "Transferbericht öffnen" }).GetAttributeAsync("href");
        Assert.Equal(200, (await page.Context.APIRequest.GetAsync(report!)).Status);

        // Editing the canvas while staff save it too: a clear message, the input kept, the second save wins.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ist-Geschäftsmodell bearbeiten" }).ClickAsync();
        Assert.Equal("1", await page.Locator("input[name=version]").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await Ok(
            SaveWithIfMatchAsync(admin, id,
                new { valuePropositions = new[] { "Möbel nach Maß", "Montage vor Ort" }, customerSegments = new[] { "Ein Großkunde" } }, "\"1\""));
        await page.GetByLabel("Kanäle").FillAsync("Onlineshop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("Jemand anderes hat diese Canvas gespeichert", await page.Locator(".form-summary").InnerTextAsync());
        Assert.Contains("Montage vor Ort", await page.Locator("main").InnerTextAsync());
        Assert.Equal("Onlineshop", await page.GetByLabel("Kanäle").InputValueAsync());
        Assert.Equal("2", await page.Locator("input[name=version]").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "sprint-canvas-stale");
        await page.GetByLabel("Wertangebote").FillAsync("Möbel nach Maß\nMontage vor Ort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("ist gespeichert", await page.Locator(".flash").InnerTextAsync());
        var stored = await admin.GetFromJsonAsync<JsonElement>($"{Api}/engagements/{id}/canvas/as-is", HostFixture.Json);
        Assert.Equal(3, stored.GetProperty("version").GetInt32());
        Assert.Equal("Onlineshop", stored.GetProperty("blocks").GetProperty("channels")[0].GetString());
        Assert.Contains("Onlineshop", await page.Locator("#canvas").Locator("xpath=..").InnerTextAsync());
        await BrowserHost.ScreenshotAsync(page, "sprint-canvas-saved");
    }

    private static Task<HttpResponseMessage> SaveWithIfMatchAsync(HttpClient client, Guid id, object blocks, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Api}/engagements/{id}/canvas/as-is") { Content = JsonContent.Create(new { blocks }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    // A datetime-local field's value.
    private static string Local(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
