using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>Staff create, edit and retire curated packages on the back-office page "Pakete".</summary>
public sealed class PackagePagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Staff_create_edit_and_retire_a_package_and_a_refused_input_keeps_the_form_in_German_and_English()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (first, second) = (await OfferingAsync($"Tour {suffix}"), await OfferingAsync($"Werkstatt {suffix}"));
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/beratung");
        await page.Locator("nav a[href='/backoffice/pakete']").First.ClickAsync();
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.GetByLabel("Name (Deutsch)").FillAsync($"Einstieg {suffix}");
        await page.GetByLabel("Name (Englisch)").FillAsync($"Getting started {suffix}");
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Paket anlegen" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, refused.Status);
        Assert.Contains("1 bis 10 Angebote", await page.Locator("#f-offeringIds").InnerTextAsync());
        Assert.Equal($"Einstieg {suffix}", await page.GetByLabel("Name (Deutsch)").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.GetByLabel($"Tour {suffix}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Paket anlegen" }).ClickAsync();
        Assert.Contains("angelegt", await page.Locator(".flash").InnerTextAsync());
        var id = (await PackageAsync($"Einstieg {suffix}"))!.Value.GetProperty("id").GetGuid();

        await page.GetByRole(AriaRole.Link, new() { Name = $"Einstieg {suffix}" }).ClickAsync();
        await page.GetByLabel("Name (Deutsch)").FillAsync($"Einstieg plus {suffix}");
        await page.GetByLabel($"Werkstatt {suffix}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("gespeichert", await page.Locator(".flash").InnerTextAsync());
        var edited = (await PackageAsync($"Einstieg plus {suffix}"))!.Value;
        Assert.Equal([first, second], edited.GetProperty("offeringIds").EnumerateArray().Select(o => o.GetGuid()).Order());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Contains("Retire package", await page.Locator("main").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Retire" }).ClickAsync();

        Assert.Contains("retired", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Retired", await page.GetByRole(AriaRole.Row, new() { Name = $"Getting started {suffix}" }).InnerTextAsync());
        Assert.Null(await PackageAsync($"Einstieg plus {suffix}"));
        using var staff = host.CreateAdminClient();
        Assert.NotNull((await staff.GetFromJsonAsync<JsonElement>($"/api/catalog/packages/{id}")).GetProperty("retiredAt").GetString());
    }

    [Fact]
    public async Task Staff_create_a_package_without_javascript()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await OfferingAsync($"Vortrag {suffix}");
        var page = await host.NewPageAsync(javaScript: false);
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/pakete");

        await page.GetByLabel("Name (Deutsch)").FillAsync($"Ohne Skript {suffix}");
        await page.GetByLabel("Name (Englisch)").FillAsync($"Without script {suffix}");
        await page.GetByLabel($"Vortrag {suffix}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Paket anlegen" }).ClickAsync();

        Assert.Contains("angelegt", await page.Locator(".flash").InnerTextAsync());
        Assert.NotNull(await PackageAsync($"Ohne Skript {suffix}"));
    }

    private async Task<Guid> OfferingAsync(string title)
    {
        using var admin = host.CreateAdminClient();
        return await CatalogSetup.PublishedOfferingAsync(admin, "experience-tour", "Programm " + title, (title, title),
            ("Praxisnah und kostenfrei.", "Practical and free of charge."), ["ki"]);
    }

    /// <summary>The package of that German name among those offered (the public list), or null.</summary>
    private async Task<JsonElement?> PackageAsync(string name)
    {
        using var staff = host.CreateAdminClient();
        var packages = await staff.GetFromJsonAsync<JsonElement>("/api/catalog/packages");
        return packages.EnumerateArray().Where(p => p.GetProperty("name").GetProperty("de").GetString() == name).Select(p => (JsonElement?)p)
            .FirstOrDefault();
    }
}
