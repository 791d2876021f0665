using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The staff journey through the back office in the browser: create a program, draft an offering with the editor,
/// schedule a session and publish, see the SME's booking, record attendance, complete, and the survey mail goes out.
/// </summary>
public sealed partial class StaffJourneyTests(ClockedBrowserHost host) : IClassFixture<ClockedBrowserHost>
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task Staff_create_and_publish_an_offering_with_a_session_see_the_booking_mark_attendance_and_the_survey_is_sent()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, staff.Email);

        await page.GotoAsync("/backoffice");
        Assert.Equal("Backoffice", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Termine heute", await page.Locator("main").InnerTextAsync());
        await CheckAsync(page, "staff-overview");

        // A program with its targets, through the form.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Programme" }).ClickAsync();
        await page.Locator("#f-name").FillAsync("Digital vor Ort 2026");
        await page.GetByLabel("Beginn").FillAsync("2026-01-01");
        await page.GetByLabel("Ende").FillAsync("2027-12-31");
        await page.GetByLabel("Verantwortlich").FillAsync("Team Transfer");
        await page.GetByLabel("Erreichte Unternehmen").FillAsync("40");
        await page.GetByLabel("Teilnahmen").FillAsync("120");
        await page.GetByLabel("Zufriedenheit (Anteil gut oder sehr gut, in %)").FillAsync("80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Programm anlegen" }).ClickAsync();
        Assert.Contains("Das Programm ist angelegt.", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Erreichte Unternehmen: 0 von 40", await page.Locator("main").InnerTextAsync());
        await CheckAsync(page, "staff-programs");

        // The editor: every registered type can be chosen; this one is an experience tour.
        await page.GotoAsync("/backoffice/angebote/neu");
        var types = await page.Locator("#f-offeringType option").AllInnerTextsAsync();
        Assert.Contains(types, t => t.StartsWith("Erlebnistour", StringComparison.Ordinal));
        Assert.Contains(types, t => t.StartsWith("KI-Sprechstunde", StringComparison.Ordinal));
        await page.Locator("#f-offeringType").SelectOptionAsync("experience-tour");
        await page.Locator("#f-programId")
            .SelectOptionAsync(new SelectOptionValue { Label = "Digital vor Ort 2026 (1. Jan. 2026 – 31. Dez. 2027)" });
        await page.GetByLabel("Titel (Deutsch)").FillAsync("KI in der Fertigung erleben");
        await page.GetByLabel("Titel (Englisch)").FillAsync("Experience AI in manufacturing");
        await page.GetByLabel("Beschreibung (Deutsch)").FillAsync("Besuch einer Lernfabrik mit KI-gestützter Qualitätsprüfung.");
        await page.GetByLabel("Beschreibung (Englisch)").FillAsync("Visit a learning factory with AI-based quality inspection.");
        await page.GetByLabel("Künstliche Intelligenz").CheckAsync();
        await page.GetByLabel("Automatisierung").CheckAsync();
        await page.Locator("#f-place").FillAsync("Lernfabrik Potsdam");

        // Online without a link: the API's rule refuses it, the message stands next to the field, the input stays.
        await page.GetByLabel("Online", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Als Entwurf speichern" }).ClickAsync();
        Assert.Contains("Bitte prüfen Sie die markierten Felder.", await page.Locator(".form-summary").InnerTextAsync());
        Assert.True(await page.Locator(".field.has-error #f-link").IsVisibleAsync());
        Assert.Equal("KI in der Fertigung erleben", await page.GetByLabel("Titel (Deutsch)").InputValueAsync());
        Assert.True(await page.GetByLabel("Automatisierung").IsCheckedAsync());
        await CheckAsync(page, "staff-offering-editor-errors");

        await page.GetByLabel("Vor Ort", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Als Entwurf speichern" }).ClickAsync();
        Assert.Contains("Der Entwurf ist gespeichert.", await page.Locator(".flash").InnerTextAsync());
        Assert.Equal("KI in der Fertigung erleben", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Entwurf", await page.Locator(".badge").First.InnerTextAsync());
        var offeringPath = new Uri(page.Url).AbsolutePath;

        // A session two hours from now, entered in Berlin time.
        var start = TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow().AddHours(2), Berlin);
        await page.Locator("#f-startsAt").FillAsync(start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.Locator("#f-endsAt").FillAsync(start.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.Locator("#f-capacity").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Termin anlegen" }).ClickAsync();
        Assert.Contains("Der Termin ist angelegt.", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("0 / 12", await page.Locator("table").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Veröffentlichen" }).ClickAsync();
        Assert.Contains("Das Angebot ist veröffentlicht.", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Veröffentlicht", await page.Locator(".badge").First.InnerTextAsync());
        await CheckAsync(page, "staff-offering");

        // A stale edit (another tab saved first) is refused with a clear message instead of overwriting.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(offeringPath);
        await page.GetByLabel("Titel (Deutsch)").FillAsync("KI in der Fertigung live erleben");
        await page.GetByRole(AriaRole.Button, new() { Name = "Änderungen speichern" }).ClickAsync();
        Assert.Contains("Die Änderungen sind gespeichert.", await page.Locator(".flash").InnerTextAsync());
        await other.Locator("#f-place").FillAsync("Lernfabrik Cottbus");
        var stale = await other.RunAndWaitForResponseAsync(
            () => other.GetByRole(AriaRole.Button, new() { Name = "Änderungen speichern" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(409, stale.Status);
        Assert.Contains("Jemand anderes hat das Angebot inzwischen geändert", await other.Locator(".form-summary").InnerTextAsync());
        await other.CloseAsync();

        var sessionLink = page.GetByRole(AriaRole.Link, new() { Name = "Buchungen und Warteliste" });
        var sessionPath = (await sessionLink.GetAttributeAsync("href"))!;
        var sessionId = Guid.Parse(sessionPath.Split('/').Last());

        // An SME books the session through the API.
        var sme = await host.CreateOrganisationAdminAsync("Bäckerei Beispiel GmbH");
        var booked = await sme.Client.PostAsJsonAsync($"/api/catalog/sessions/{sessionId}/bookings",
            new { organisationId = sme.OrganisationId, attendees = new[] { new { name = "Erika Mustermann" } } });
        Assert.Equal(System.Net.HttpStatusCode.Created, booked.StatusCode);

        // Staff find the booking through the bookings list.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Buchungen" }).ClickAsync();
        Assert.Contains("1 / 12", await page.Locator("table").InnerTextAsync());
        await CheckAsync(page, "staff-bookings");
        await page.GetByRole(AriaRole.Link, new() { Name = "KI in der Fertigung live erleben" }).ClickAsync();
        var row = page.Locator("tbody tr", new() { HasText = "Erika Mustermann" });
        Assert.Contains("Bestätigt", await row.InnerTextAsync());
        Assert.Contains("Bäckerei Beispiel GmbH", await row.InnerTextAsync());
        Assert.Contains("Anwesenheit kann ab Beginn des Termins erfasst werden.", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await row.GetByRole(AriaRole.Button, new() { Name = "Anwesenheit erfassen" }).CountAsync());
        await CheckAsync(page, "staff-session-before");

        // The session has started: staff record attendance, then complete the participation.
        host.Clock.Advance(TimeSpan.FromHours(3));
        await page.ReloadAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Anwesenheit erfassen" }).ClickAsync();
        Assert.Contains("Die Anwesenheit ist erfasst.", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Teilgenommen (1 von 1)", await row.InnerTextAsync());
        await CheckAsync(page, "staff-session-attended");
        await row.GetByRole(AriaRole.Button, new() { Name = "Teilnahme abschließen" }).ClickAsync();
        Assert.Contains("Die Teilnahme ist abgeschlossen", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Abgeschlossen", await row.InnerTextAsync());

        // The survey goes out with research's next poll; the scheduler runs on the host's clock, so time moves on here.
        var surveys = await Eventually.Get(
            async () =>
            {
                host.Clock.Advance(TimeSpan.FromSeconds(5));
                return (await host.MailsToAsync(sme.Email)).Where(m => m.Category == "research.feedback-survey").ToList();
            },
            mails => mails.Count > 0, TimeSpan.FromSeconds(60));
        Assert.Single(surveys);
        Assert.Matches(SurveyLink(), surveys[0].TextBody);
    }

    [Fact]
    public async Task An_SME_member_cannot_open_the_back_office_and_a_phone_shows_the_offering_list()
    {
        var sme = await host.CreateOrganisationAdminAsync();
        var page = await host.NewPageAsync(phone: true);
        await BrowserHost.SignInAsync(page, sme.Email);
        var refused = await page.GotoAsync("/backoffice/angebote");
        Assert.Equal(403, refused!.Status);

        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var phone = await host.NewPageAsync(phone: true);
        await BrowserHost.SignInAsync(phone, staff.Email);
        await phone.GotoAsync("/backoffice/angebote");
        Assert.Equal("Angebote", await phone.Locator("h1").InnerTextAsync());
        // Only the deepest matching menu entry is current, not also "Übersicht" (/backoffice).
        Assert.Equal(["Angebote"], await phone.Locator("nav a[aria-current=page]").AllInnerTextsAsync());
        await CheckAsync(phone, "staff-offerings-phone");
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await BrowserHost.ScreenshotAsync(page, screenshot);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }

    [GeneratedRegex("/umfrage/[A-Za-z0-9_-]+")]
    private static partial Regex SurveyLink();
}
