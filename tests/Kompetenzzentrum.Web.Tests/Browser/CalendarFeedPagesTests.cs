using System.Net;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>An SME member subscribes to the organisation's bookings from "Meine Buchungen", sees the address once, and revokes it.</summary>
public sealed class CalendarFeedPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Member_subscribes_to_the_bookings_sees_the_address_once_and_revokes_it()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, member.Email);
        await page.GotoAsync("/meine-buchungen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kalender abonnieren" }).ClickAsync();
        Assert.Contains("Sie haben noch kein Kalender-Abo.", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Termine der Veranstaltungen abonnieren" }).CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Buchungen meiner Organisation abonnieren" }).ClickAsync();

        var url = new Uri(await page.Locator("[data-feed-url]").InnerTextAsync());
        using var calendarApp = new HttpClient { BaseAddress = host.BaseAddress };
        var feed = await calendarApp.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "calendar-feed-issued");

        await page.GotoAsync("/kalender-abos");
        Assert.Equal(0, await page.Locator("[data-feed-url]").CountAsync()); // shown once only
        await page.Locator("form[action$='/widerrufen'] button").ClickAsync();
        Assert.Contains("widerrufen", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(url.PathAndQuery)).StatusCode);
        Assert.Contains("Sie haben noch kein Kalender-Abo.", await page.Locator("main").InnerTextAsync());
    }
}
