using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>The frame every page shares: start page, language switch, sign-in, error pages, accessibility.</summary>
public sealed partial class FrameTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Start_page_is_German_with_an_English_switch_and_no_serious_accessibility_violations()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("de", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Digitalisierung für den Mittelstand", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "start-de");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Digitalisation for SMEs", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Wrong_password_shows_the_message_next_to_the_form_and_right_one_signs_in_to_the_back_office_menu()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/anmelden");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(TestUsers.AdminEmail);
        await page.GetByLabel("Passwort").FillAsync("falsch-falsch-falsch");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        Assert.Contains("E-Mail-Adresse oder Passwort ist falsch.", await page.Locator(".form-summary").InnerTextAsync());
        Assert.Equal(TestUsers.AdminEmail, await page.GetByLabel("E-Mail-Adresse").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        Assert.Contains("Willkommen", await page.Locator(".flash").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        Assert.Contains("abgemeldet", await page.Locator(".flash").InnerTextAsync());
    }

    [Fact]
    public async Task Unknown_page_shows_a_German_error_page_without_internals()
    {
        var page = await host.NewPageAsync();
        var response = await page.GotoAsync("/gibt-es-nicht");
        Assert.Equal(404, response!.Status);
        Assert.Contains("Seite nicht gefunden", await page.Locator("h1").InnerTextAsync());
        Assert.DoesNotMatch(ExceptionText(), await page.ContentAsync());
    }

    [Fact]
    public async Task Sign_in_form_without_antiforgery_token_is_refused_with_the_error_page()
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/anmelden")
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string> { ["email"] = TestUsers.AdminEmail, ["password"] = TestUsers.Password }),
        };
        request.Headers.Accept.ParseAdd("text/html");
        var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Die Anfrage war ungültig", html, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(c => c.StartsWith("kz.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_in_page_accessibility_check_reports_what_Deques_full_run_reports()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.SetContentAsync("<html lang=\"de\"><body><h1>Test</h1><img src=\"a.png\"><button></button>"
            + "<input type=\"text\"><a href=\"/\"></a></body></html>");
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeCheck.Tags] } };
        var deque = (await page.RunAxe(options)).Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help}: " + string.Join(" | ", v.Nodes.Select(n => n.Html)));

        var found = await BrowserHost.SeriousViolationsAsync(page);

        Assert.Equal(deque, found);
        Assert.Equal(["button-name", "document-title", "image-alt", "label", "link-name"], found.Select(RuleId));
    }

    private static string RuleId(string violation) => violation.Split(": ")[1].Split(' ')[0];

    [GeneratedRegex("Exception|StackTrace|   at ")]
    private static partial Regex ExceptionText();
}
