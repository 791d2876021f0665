using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Staff describe an experience tour from its catalog offering: a bad agenda line is named, the input kept; a change a
/// colleague made meanwhile is not overwritten unseen: the form is refused, shows the stored state, and a second save wins;
/// removing the description takes the tour out of the library.
/// </summary>
public sealed partial class MediaPagesTests
{
    [Fact]
    public async Task Staff_describe_an_experience_tour_from_its_offering_and_do_not_overwrite_a_change_made_meanwhile_unseen()
    {
        using var admin = host.CreateAdminClient();
        var offering = await CatalogSetup.PublishedOfferingAsync(admin, "experience-tour", "Touren " + Guid.NewGuid().ToString("N")[..6],
            ("KI in der Backstube", "AI in the bakery"), ("Vor Ort erleben.", "Experience it on site."), ["ki"]);
        var staff = Slow(await host.NewPageAsync());
        await BrowserHost.SignInAsync(staff, TestUsers.AdminEmail);
        await staff.GotoAsync($"/backoffice/angebote/{offering}");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Erlebnistour: Angaben bearbeiten" }).ClickAsync();

        var hostCompany = staff.GetByLabel("Gastgebendes Unternehmen");
        var agenda = staff.GetByLabel("Programm (ein Punkt je Zeile: Uhrzeit, dann Programmpunkt)");
        await hostCompany.FillAsync("Bäckerei Korn GmbH");
        await staff.GetByLabel("Adresse des Besuchs").FillAsync("Hauptstraße 1, 03046 Cottbus");
        await agenda.FillAsync("10:00 Begrüßung\nWerksrundgang");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("Zeile 2: erst die Uhrzeit", await staff.Locator("#f-agenda-error").InnerTextAsync());
        Assert.Equal("Bäckerei Korn GmbH", await hostCompany.InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await agenda.FillAsync("10:00 Begrüßung\n10:30–11:30 Werksrundgang mit KI-Qualitätskontrolle");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("Die Tour ist beschrieben.", await staff.Locator(".flash").InnerTextAsync());
        Assert.Contains("10:30–11:30 – Werksrundgang mit KI-Qualitätskontrolle", await staff.Locator("#gespeichert").InnerTextAsync());

        // A colleague changes the address through the API while the form is open.
        var url = $"/api/media/tours/{offering}";
        var stored = await admin.GetAsync(url);
        var change = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = JsonContent.Create(
                new
                {
                    hostCompany = "Bäckerei Korn GmbH",
                    address = "Werkstraße 5, 03046 Cottbus",
                    agenda = new[] { new { time = "10:00", title = "Begrüßung" } }
                }),
        };
        change.Headers.IfMatch.Add(stored.Headers.ETag!);
        Assert.True((await admin.SendAsync(change)).IsSuccessStatusCode);

        await hostCompany.FillAsync("Bäckerei Korn & Söhne GmbH");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("inzwischen geändert", await staff.Locator(".form-summary").InnerTextAsync());
        Assert.Contains("Werkstraße 5", await staff.Locator("#gespeichert").InnerTextAsync());
        Assert.Equal("Bäckerei Korn & Söhne GmbH", await hostCompany.InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(staff));
        await BrowserHost.ScreenshotAsync(staff, "media-tour-conflict");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("Die Tour ist beschrieben.", await staff.Locator(".flash").InnerTextAsync());

        var tour = await admin.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("Bäckerei Korn & Söhne GmbH", tour.GetProperty("hostCompany").GetString());
        Assert.Equal("Hauptstraße 1, 03046 Cottbus", tour.GetProperty("address").GetString());
        Assert.Equal(2, tour.GetProperty("agenda").GetArrayLength());
        await staff.GotoAsync("/mediathek?art=tour");
        Assert.Contains("Erlebnistour bei Bäckerei Korn & Söhne GmbH", await staff.Locator("main").InnerTextAsync());

        // Removing the description takes the tour out of the library; the offering stays in the catalog.
        await staff.GotoAsync($"/backoffice/medien/touren/{offering}");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Beschreibung entfernen" }).ClickAsync();
        Assert.Contains("Die Beschreibung ist entfernt", await staff.Locator(".flash").InnerTextAsync());
        Assert.Equal(0, await staff.Locator("#gespeichert").CountAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync($"/api/catalog/offerings/{offering}")).StatusCode);
    }
}
