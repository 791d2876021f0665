using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>Staff write a campaign on the back-office page, read its preview and the recipient count, and send it.</summary>
public sealed class NewsletterPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Staff_draft_a_campaign_see_the_preview_for_a_subscriber_and_send_it()
    {
        var email = await ConfirmedSubscriberAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/newsletter");
        Assert.True(await page.Locator("a[href='/backoffice/newsletter']").CountAsync() >= 1, "the back-office menu links the page");
        Assert.Contains("1 bestätigt", await page.Locator("[data-counts]").InnerTextAsync());

        await page.Locator("#f-subject").FillAsync("Neue KI-Sprechstunden");
        await page.Locator("#f-body").FillAsync("Hallo {{ if }}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Entwurf speichern" }).ClickAsync();
        Assert.Contains("Fehler in der Vorlage", await page.Locator("#f-body-error").InnerTextAsync());

        await page.Locator("#f-body").FillAsync("Guten Tag {{ email }}, es gibt neue Termine.");
        await page.GetByLabel("Künstliche Intelligenz", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Entwurf speichern" }).ClickAsync();
        Assert.Contains($"Guten Tag {email}, es gibt neue Termine.", await page.Locator("[data-preview]").InnerTextAsync());
        Assert.Contains("Abmelden: ", await page.Locator("[data-preview]").InnerTextAsync());
        Assert.Equal("1", await page.Locator("[data-recipients]").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "newsletter-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Jetzt senden" }).ClickAsync();
        Assert.Contains("an 1 Empfänger", await page.Locator(".flash").InnerTextAsync());
        Assert.Equal("versendet", await page.Locator("[data-status]").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Jetzt senden" }).CountAsync());
    }

    private async Task<string> ConfirmedSubscriberAsync()
    {
        var email = $"leserin-{Guid.NewGuid():N}@example.org";
        using var client = host.CreateClient();
        (await client.PostAsJsonAsync("/api/newsletter/subscriptions", new { email, topics = new[] { "ki" } })).EnsureSuccessStatusCode();
        var text = (await host.MailsToAsync(email)).Single(m => m.Category == "integrations.newsletter-confirm").TextBody;
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(text, @"https?://\S+/newsletter/bestaetigen/\S+").Value);
        (await client.GetAsync(link.AbsolutePath)).EnsureSuccessStatusCode();
        return email;
    }
}
