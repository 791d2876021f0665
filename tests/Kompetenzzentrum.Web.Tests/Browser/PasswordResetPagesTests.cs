using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>"Passwort vergessen?": from the sign-in page to the mailed link, a new password, and sign-in with it.</summary>
public sealed class PasswordResetPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string NewPassword = "Neues-Passwort-2026!";

    [Fact]
    public async Task Forgot_password_mail_link_opens_the_filled_reset_page_and_the_new_password_signs_in()
    {
        var user = await host.CreateUserAsync();
        var page = await host.NewPageAsync();
        await page.GotoAsync("/anmelden");
        await page.GetByRole(AriaRole.Link, new() { Name = "Passwort vergessen?" }).ClickAsync();
        await page.GetByLabel("E-Mail-Adresse").FillAsync(user.Email);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Link anfordern" }).ClickAsync();
        Assert.Contains("Link zum Zurücksetzen unterwegs", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(await host.LinkAsync(user.Email, "account.password-reset"));
        Assert.Equal(user.Email, await page.GetByLabel("E-Mail-Adresse").InputValueAsync());
        Assert.NotEmpty(await page.GetByLabel("Code aus der E-Mail").InputValueAsync());
        await page.GetByLabel("Neues Passwort").FillAsync(NewPassword);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "password-reset");
        await page.GetByRole(AriaRole.Button, new() { Name = "Passwort speichern" }).ClickAsync();
        Assert.Contains("Passwort ist geändert", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);

        await BrowserHost.SignInAsync(page, user.Email, NewPassword);
        Assert.Contains("Willkommen", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_is_refused_at_its_field_and_the_old_password_still_holds()
    {
        var user = await host.CreateUserAsync();
        var page = await host.NewPageAsync();
        await page.GotoAsync("/konto/passwort-vergessen");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(user.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link anfordern" }).ClickAsync();
        await page.GotoAsync(await host.LinkAsync(user.Email, "account.password-reset"));

        await page.GetByLabel("Neues Passwort").FillAsync("kurz");
        await page.GetByRole(AriaRole.Button, new() { Name = "Passwort speichern" }).ClickAsync();

        Assert.Contains("mindestens", await page.Locator("#f-newPassword-error").InnerTextAsync(), StringComparison.Ordinal);
        using var stillWorks = await host.SignInAsync(user.Email, TestUsers.Password);
    }

    [Fact]
    public async Task A_used_link_says_so_in_English_too_and_offers_a_new_one()
    {
        var user = await host.CreateUserAsync();
        var page = await host.NewPageAsync();
        await page.GotoAsync("/konto/passwort-vergessen");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(user.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link anfordern" }).ClickAsync();
        var link = await host.LinkAsync(user.Email, "account.password-reset");
        await page.GotoAsync(link);
        await page.GetByLabel("Neues Passwort").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Passwort speichern" }).ClickAsync();

        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.GetByLabel("New password").FillAsync("Noch-Ein-Passwort-2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();

        Assert.Contains("has been used already", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Request a new link" }).ClickAsync();
        Assert.Equal(user.Email, await page.GetByLabel("E-mail address").InputValueAsync());
        using var newPasswordHolds = await host.SignInAsync(user.Email, NewPassword);
    }
}
