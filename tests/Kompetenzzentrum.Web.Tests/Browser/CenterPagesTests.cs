using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>Platform administrators list, create and edit the centers of the network on the back-office pages.</summary>
public sealed class CenterPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static string Unique(string stem) => stem + "-" + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task An_administrator_creates_a_center_a_refused_colour_keeps_the_form_and_the_page_switches_to_English()
    {
        var shortName = Unique("lausitz");
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/zentren");

        Assert.True(await page.Locator("a[href='/backoffice/zentren']").CountAsync() >= 1, "the back-office menu links the page");
        Assert.Contains("Standardzentrum", await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Neues Zentrum anlegen" }).ClickAsync();
        await page.Locator("#f-name").FillAsync("Zentrum Lausitz");
        await page.Locator("#f-shortName").FillAsync(shortName);
        await page.Locator("#f-pathPrefix").FillAsync(shortName);
        await page.Locator("#f-primaryColor").FillAsync("#12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        Assert.Contains("Eine Farbe als Hex-Wert", await page.Locator("#f-primaryColor-error").InnerTextAsync());
        Assert.Equal("Zentrum Lausitz", await page.Locator("#f-name").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.Locator("#f-primaryColor").FillAsync("#0a5c8f");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        Assert.Contains("Das Zentrum Zentrum Lausitz wurde angelegt.", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("/" + shortName, await page.Locator("main").InnerTextAsync());
        await BrowserHost.ScreenshotAsync(page, "centers-de");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Contains("Create a new center", await page.Locator("main").InnerTextAsync());
        Assert.Contains("default center", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task An_administrator_edits_a_center_without_javascript()
    {
        var shortName = Unique("jena");
        using var admin = await host.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/centers", new
        {
            name = "Zentrum Jena",
            shortName,
            primaryColor = "#004b87",
            secondaryColor = "#f39200",
            pathPrefix = shortName,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var page = await host.NewPageWithoutJavaScriptAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/zentren");

        await page.GetByRole(AriaRole.Link, new() { Name = "Zentrum Jena" }).ClickAsync();
        await page.Locator("#f-name").FillAsync("Zentrum Thüringen");
        await page.Locator("#f-pathPrefix").FillAsync("");
        await page.Locator("#f-hostName").FillAsync(shortName + ".example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        Assert.Contains("Zentrum Thüringen wurden gespeichert", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains(shortName + ".example.org", await page.Locator("main").InnerTextAsync());
        var stored = await admin.GetFromJsonAsync<JsonElement>($"/api/centers/{id}");
        Assert.Equal("Zentrum Thüringen", stored.GetProperty("details").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("details").GetProperty("pathPrefix").ValueKind);
    }
}
