using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The platform administrator manages accounts on the back-office page: finds one, grants and removes a role, locks it (its
/// sign-in is refused) and unlocks it, sends the confirmation again; a refused grant keeps the form.
/// </summary>
public sealed class AccountPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_administrator_finds_an_account_grants_and_removes_a_role_in_German_and_English()
    {
        var user = await host.CreateUserAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);

        await page.GetByRole(AriaRole.Link, new() { Name = "Konten und Rollen" }).First.ClickAsync();
        await page.GetByLabel("E-Mail oder Name").FillAsync(user.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtern" }).ClickAsync();
        Assert.Contains("1 Konten", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "accounts-de");
        await page.GetByRole(AriaRole.Link, new() { Name = "Test Person" }).ClickAsync();
        await page.Locator("#f-role").SelectOptionAsync(Roles.Analyst);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergeben" }).ClickAsync();

        Assert.Contains("Die Rolle wurde vergeben", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(Roles.Analyst, await RolesAsync(user.Email));
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "account-de");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rolle Analyse entziehen" }).ClickAsync();
        Assert.Contains("Die Rolle wurde entzogen", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Roles.Analyst, await RolesAsync(user.Email));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = "Grant a role" }).CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task A_partner_role_without_its_center_is_refused_and_the_form_keeps_the_choice()
    {
        var user = await host.CreateUserAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync($"/backoffice/konten/{user.AccountId}");

        await page.Locator("#f-role").SelectOptionAsync(Roles.PartnerStaff);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergeben" }).ClickAsync();

        Assert.Contains("Partner-Mitarbeitende brauchen ihr Partnerzentrum.", await page.Locator(".field-error").InnerTextAsync(),
            StringComparison.Ordinal);
        Assert.Equal(Roles.PartnerStaff, await page.Locator("#f-role").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        Assert.Empty(await RolesAsync(user.Email));
        await page.GetByLabel("Partnerzentrum").FillAsync("Zentrum Nord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergeben" }).ClickAsync();
        Assert.Equal([Roles.PartnerStaff], await RolesAsync(user.Email));
    }

    [Fact]
    public async Task Without_javascript_the_administrator_locks_an_account_its_sign_in_is_refused_and_unlocks_it()
    {
        var user = await host.CreateUserAsync();
        var page = await host.NewPageWithoutJavaScriptAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync($"/backoffice/konten/{user.AccountId}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Konto sperren" }).ClickAsync();

        Assert.Contains("Das Konto ist gesperrt", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("gesperrt", await page.Locator("dl").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await user.Client.GetAsync("/api/organisations/accounts/me")).StatusCode);
        var signIn = await host.NewPageAsync();
        await signIn.GotoAsync("/anmelden");
        await signIn.GetByLabel("E-Mail-Adresse").FillAsync(user.Email);
        await signIn.GetByLabel("Passwort").FillAsync(TestUsers.Password);
        await signIn.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).Last.ClickAsync();
        Assert.Contains("E-Mail-Adresse oder Passwort ist falsch.", await signIn.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Konto entsperren" }).ClickAsync();

        Assert.Contains("Das Konto ist entsperrt", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        using var again = await host.SignInAsync(user.Email, TestUsers.Password);
    }

    [Fact]
    public async Task The_administrator_sends_the_confirmation_of_an_unconfirmed_account_again()
    {
        var email = $"offen-{Guid.NewGuid():N}@example.org";
        using (var anonymous = host.CreateClient())
        {
            (await anonymous.PostAsJsonAsync("/api/organisations/accounts",
                new { email, password = TestUsers.Password, displayName = "Noch Offen", acceptTerms = true })).EnsureSuccessStatusCode();
        }
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync($"/backoffice/konten?q={Uri.EscapeDataString(email)}");
        Assert.Contains("nicht bestätigt", await page.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Noch Offen" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Bestätigungs-E-Mail erneut senden" }).ClickAsync();

        Assert.Contains("Eine neue Bestätigungs-E-Mail ist unterwegs.", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await host.MailsToAsync(email)).Count(m => m.Category == "account.confirm-email"));
    }

    private async Task<IReadOnlyList<string>> RolesAsync(string email)
    {
        using var admin = await host.AdminAsync();
        var rows = await admin.GetFromJsonAsync<JsonElement[]>($"/api/organisations/accounts?q={Uri.EscapeDataString(email)}");
        return [.. Assert.Single(rows!).GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)];
    }
}
