using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>Staff keep the use-case library of the KI-Sprechstunde on the back-office pages linked from the consultation calendar.</summary>
public sealed class ConsultationLibraryPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Staff_add_a_use_case_a_refused_one_keeps_the_form_and_the_page_switches_to_English()
    {
        var key = "pages-" + Guid.NewGuid().ToString("N")[..8];
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/beratung");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anwendungsfälle" }).ClickAsync();
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Anwendungsfall hinzufügen" }).ClickAsync();

        await page.GetByLabel("Schlüssel").FillAsync(key);
        await page.GetByLabel("Titel (deutsch)").FillAsync("Routenplanung");
        await page.GetByLabel("Titel (englisch)").FillAsync("Route planning");
        await Field(page, "Branchen (WZ-Abschnitte)").FillAsync("C, ZZ");
        await Field(page, "Schlagworte").FillAsync("logistics, planning");
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, refused.Status);
        Assert.Contains("WZ 2008", await page.Locator("#f-industries-error").InnerTextAsync());
        Assert.Equal("Route planning", await page.GetByLabel("Titel (englisch)").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        Assert.Null(await UseCaseAsync(key));

        await Field(page, "Branchen (WZ-Abschnitte)").FillAsync("C, H");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        Assert.Contains("gespeichert", await page.Locator(".flash").InnerTextAsync());
        var saved = (await UseCaseAsync(key))!.Value;
        Assert.Equal(["C", "H"], saved.GetProperty("industries").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("Route planning", saved.GetProperty("title").GetProperty("en").GetString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Routenplanung" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.Equal("Edit use case", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Suitable from maturity level", await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Staff_edit_a_use_case_without_javascript()
    {
        var key = "nojs-" + Guid.NewGuid().ToString("N")[..8];
        using (var staff = host.CreateAdminClient())
        {
            var response = await staff.PostAsJsonAsync("/api/consultations/use-cases", new
            {
                key,
                title = new { de = "Lagerprognose", en = "Stock forecast" },
                summary = new { de = "Bestände schätzen.", en = "Estimate stock." },
                tags = new[] { "stock" },
            });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        var page = await host.NewPageAsync(javaScript: false);
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/beratung/anwendungsfaelle");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lagerprognose" }).ClickAsync();

        await Field(page, "Zusammenfassung (deutsch)").FillAsync("Bestände der nächsten Wochen schätzen.");
        await Field(page, "Geeignet ab Reifestufe").SelectOptionAsync("Gestalter");
        await Field(page, "Geeignet bis Reifestufe").SelectOptionAsync("Entdecker");
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, refused.Status);
        Assert.Contains("Reifestufe", await page.Locator("#f-suitableTo-error").InnerTextAsync());
        Assert.Equal("Estimate stock.", (await UseCaseAsync(key))!.Value.GetProperty("summary").GetProperty("en").GetString());

        await Field(page, "Geeignet bis Reifestufe").SelectOptionAsync("Vorreiter");
        await page.GetByLabel("Wird vorgeschlagen").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        Assert.Contains("gespeichert", await page.Locator(".flash").InnerTextAsync());
        var saved = (await UseCaseAsync(key))!.Value;
        Assert.Equal("Bestände der nächsten Wochen schätzen.", saved.GetProperty("summary").GetProperty("de").GetString());
        Assert.Equal("Gestalter", saved.GetProperty("suitableFrom").ToString());
        Assert.False(saved.GetProperty("active").GetBoolean());
        Assert.Equal(["stock"], saved.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private async Task<JsonElement?> UseCaseAsync(string key)
    {
        using var staff = host.CreateAdminClient();
        var useCases = await staff.GetFromJsonAsync<JsonElement>("/api/consultations/use-cases");
        return useCases.EnumerateArray().Where(u => u.GetProperty("key").GetString() == key).Select(u => (JsonElement?)u).SingleOrDefault();
    }
}
