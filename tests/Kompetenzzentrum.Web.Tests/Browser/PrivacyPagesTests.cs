using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>The privacy center: download my data, withdraw consent, delete the account or the organisation after a confirmation.</summary>
public sealed class PrivacyPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_member_downloads_the_export_and_withdraws_the_research_consent()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, admin.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Datenschutz" }).First.ClickAsync();
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "privacy");

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Meine Daten herunterladen (JSON)" }).ClickAsync());
        using var export = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.Equal(admin.Email, export.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(admin.OrganisationId, export.RootElement.GetProperty("organisation").GetProperty("id").GetGuid());

        await page.GetByRole(AriaRole.Button, new() { Name = "Einwilligung widerrufen" }).ClickAsync();
        Assert.Contains("widerrufen", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Einwilligen" }).CountAsync());
    }

    [Fact]
    public async Task Deleting_the_account_without_the_tick_deletes_nothing_and_with_it_ends_the_account()
    {
        var user = await host.CreateUserAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, user.Email);
        await page.GotoAsync("/konto/datenschutz");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mein Konto löschen" }).ClickAsync();
        Assert.Contains("anonyme Zahlen", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.Locator("#f-confirm").EvaluateAsync("e => e.removeAttribute('required')"); // the server must refuse it too

        await page.GetByRole(AriaRole.Button, new() { Name = "Endgültig löschen" }).ClickAsync();
        Assert.Contains("Es wurde nichts gelöscht.", await page.Locator(".form-summary").InnerTextAsync(), StringComparison.Ordinal);
        using var stillThere = await host.SignInAsync(user.Email, TestUsers.Password);

        await page.GetByLabel("Ja, mein Konto endgültig löschen.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Endgültig löschen" }).ClickAsync();
        Assert.Contains("Ihr Konto ist gelöscht", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        using var anonymous = host.CreateClient();
        var signIn = await anonymous.PostAsync("/api/organisations/accounts/sign-in",
            new StringContent(JsonSerializer.Serialize(new { email = user.Email, password = TestUsers.Password }),
                System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, signIn.StatusCode);
    }
}
