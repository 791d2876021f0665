using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>Staff register a webhook receiver on the back-office page, see its secret once, read its attempt log and switch it off.</summary>
public sealed class WebhookPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Staff_register_a_receiver_see_the_secret_once_read_failed_attempts_and_disable_it()
    {
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/webhooks");
        Assert.True(await page.Locator("a[href='/backoffice/webhooks']").CountAsync() >= 1, "the back-office menu links the page");
        Assert.Contains("Noch keine Webhooks.", await page.Locator("main").InnerTextAsync());

        await page.Locator("#f-url").FillAsync("ftp://example.org/hooks");
        await page.GetByLabel("booking.confirmed", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Webhook anlegen" }).ClickAsync();
        Assert.Contains("absolute http- oder https-Adresse", await page.Locator("#f-url-error").InnerTextAsync());

        // Nothing listens on port 9 of the loopback: every attempt fails, and the log shows it.
        const string Receiver = "http://127.0.0.1:9/hooks";
        await page.Locator("#f-url").FillAsync(Receiver);
        await page.GetByLabel("booking.confirmed", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Webhook anlegen" }).ClickAsync();
        Assert.Matches(new Regex("^whsec_[A-Za-z0-9+/=]{44}$"), await page.Locator("[data-secret]").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "webhooks-created");

        await page.GotoAsync("/backoffice/webhooks");
        Assert.Equal(0, await page.Locator("[data-secret]").CountAsync()); // shown once only
        await BookAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = Receiver }).ClickAsync();
        var log = page.Url;
        for (var i = 0; i < 60 && !(await page.Locator("main").InnerTextAsync()).Contains("refused", StringComparison.OrdinalIgnoreCase); i++)
        {
            await Task.Delay(500);
            await page.GotoAsync(log);
        }
        var row = page.Locator("tr[data-delivery]").First;
        Assert.Contains("booking.confirmed", await row.InnerTextAsync());
        Assert.Contains("ausstehend", await row.InnerTextAsync()); // retried later
        Assert.Contains("refused", await row.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "webhooks-log");

        await page.GetByRole(AriaRole.Button, new() { Name = "Deaktivieren" }).ClickAsync();
        Assert.Contains("Webhook deaktiviert.", await page.Locator(".flash").InnerTextAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Aktivieren" }).CountAsync());
    }

    private async Task BookAsync()
    {
        using var staff = host.CreateAdminClient();
        var offering = await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "Webhookprogramm " + Guid.NewGuid().ToString("N")[..6],
            ("Erlebnistour", "Experience tour"), ("Besuch in der Fabrik.", "A factory visit."), ["automatisierung"]);
        var session = await HttpAnswers.Created(await staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions", new
        {
            startsAt = DateTimeOffset.UtcNow.AddDays(14),
            endsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(3),
            capacity = 2,
        }));
        await HttpAnswers.Created(await staff.PostAsJsonAsync($"/api/catalog/sessions/{session.GetProperty("id").GetGuid()}/bookings",
            new { organisationId = Guid.NewGuid(), attendees = new[] { new { name = "Erika Mustermann" } } }));
    }
}
