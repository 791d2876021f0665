using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>"Meine Sitzungen": the person sees where it is signed in and signs out everywhere.</summary>
public sealed class SessionPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Sign_out_everywhere_ends_the_browser_session_and_the_api_token_alike()
    {
        var user = await host.CreateUserAsync(); // its client holds a bearer session besides the browser's
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, user.Email);
        await page.GotoAsync("/konto/sitzungen");
        Assert.Equal(2, await page.Locator("main tbody tr").CountAsync());
        Assert.Contains("diese Sitzung", await page.Locator("main tbody").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Überall abmelden" }).ClickAsync();

        Assert.Contains("auf allen Geräten abgemeldet", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await user.Client.GetAsync("/api/organisations/accounts/me")).StatusCode);
        await page.GotoAsync("/konto/sitzungen");
        Assert.Contains("/anmelden", page.Url, StringComparison.Ordinal);
    }
}
