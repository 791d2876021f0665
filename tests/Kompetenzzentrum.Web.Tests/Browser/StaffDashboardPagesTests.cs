using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The staff dashboard at /backoffice/kennzahlen: a new booking counts in this week's bar and its session shows with its
/// free seats; filters by offering type and period change the figures, a bad date is named; German first with the English
/// switch, axe clean, and the same figures (and the filter form) without JavaScript.
/// </summary>
public sealed class StaffDashboardPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Path = "/backoffice/kennzahlen";

    /// <summary>A session in five days with four seats, one of them booked; its offering's German and English title.</summary>
    private static async Task<(string De, string En)> BookedSessionAsync(HttpClient admin)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = ($"Kennzahlen-Tour {tag}", $"Key figures tour {tag}");
        var offering = await CatalogSetup.PublishedOfferingAsync(admin, "experience-tour", "Kennzahlen " + tag, title, ("Vor Ort.", "On site."),
            ["automatisierung"]);
        var starts = DateTimeOffset.UtcNow.AddDays(5);
        var session = (await HttpAnswers.Created(await admin.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = starts, endsAt = starts.AddHours(2), capacity = 4 }))).GetProperty("id").GetGuid();
        await HttpAnswers.Created(await admin.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
            new { organisationId = Guid.NewGuid(), attendees = new[] { new { name = "Erika Mustermann" } } }));
        return title;
    }

    private static async Task<int> ThisWeekAsync(HttpClient admin, string query = "")
    {
        var figures = await admin.GetFromJsonAsync<JsonElement>("/api/catalog/dashboard" + query);
        return figures.GetProperty("bookingsPerWeek").EnumerateArray().Last().GetProperty("bookings").GetInt32();
    }

    private static ILocator Chart(IPage page, string caption) => page.Locator("figure", new() { HasText = caption });

    [Fact]
    public async Task Staff_see_the_booking_counted_and_the_session_with_free_seats_in_German_and_English()
    {
        using var admin = host.CreateAdminClient();
        var before = await ThisWeekAsync(admin);
        var title = await BookedSessionAsync(admin);
        Assert.Equal(before + 1, await ThisWeekAsync(admin));
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);

        await page.GotoAsync(Path);

        Assert.True(await page.Locator($"a[href='{Path}']").CountAsync() >= 1, "the back-office menu links the page");
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Kennzahlen", Exact = true }).IsVisibleAsync());
        var week = Chart(page, "Neue Buchungen je Kalenderwoche").Locator("tbody tr").Last;
        Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (await week.Locator("td").InnerTextAsync()).Trim());
        var free = Chart(page, "Kommende Termine mit freien Plätzen").Locator("tbody tr", new() { HasText = title.De });
        Assert.Equal("3", (await free.Locator("td").InnerTextAsync()).Trim());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Key figures", Exact = true }).IsVisibleAsync());
        var english = Chart(page, "Upcoming sessions with free seats").Locator("tbody tr", new() { HasText = title.En });
        Assert.Equal("3", (await english.Locator("td").InnerTextAsync()).Trim());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task The_dashboard_loads_and_filters_without_javascript()
    {
        using var admin = host.CreateAdminClient();
        var title = await BookedSessionAsync(admin);
        var page = await host.NewPageAsync(javaScript: false);
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);

        await page.GotoAsync(Path);

        Assert.Contains("Buchungen pro Woche", await page.Locator("main").InnerTextAsync());
        var free = Chart(page, "Kommende Termine mit freien Plätzen").Locator("tbody tr", new() { HasText = title.De });
        Assert.Equal("3", (await free.Locator("td").InnerTextAsync()).Trim());

        var filters = page.GetByRole(AriaRole.Form, new() { Name = "Kennzahlen filtern" });
        await filters.GetByLabel("Angebotsart").SelectOptionAsync(new SelectOptionValue { Label = "Erlebnistour" });
        await filters.GetByRole(AriaRole.Button, new() { Name = "Anwenden" }).ClickAsync();

        Assert.Contains("type=experience-tour", page.Url);
        Assert.Equal("3", (await free.Locator("td").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Staff_filter_by_offering_type_and_period_and_the_figures_change_and_a_bad_date_is_named()
    {
        using var admin = host.CreateAdminClient();
        var title = await BookedSessionAsync(admin);
        var sprints = await ThisWeekAsync(admin, "?type=sprint");
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync(Path);
        var filters = page.GetByRole(AriaRole.Form, new() { Name = "Kennzahlen filtern" });
        var free = Chart(page, "Kommende Termine mit freien Plätzen").Locator("tbody tr", new() { HasText = title.De });
        Assert.Equal(1, await free.CountAsync());

        await filters.GetByLabel("Angebotsart").SelectOptionAsync(new SelectOptionValue { Label = "Geschäftsmodellsprint" });
        await filters.GetByRole(AriaRole.Button, new() { Name = "Anwenden" }).ClickAsync();

        Assert.Equal(0, await free.CountAsync()); // the tour is not a sprint
        var week = Chart(page, "Neue Buchungen je Kalenderwoche").Locator("tbody tr").Last;
        Assert.Equal(sprints.ToString(System.Globalization.CultureInfo.InvariantCulture), (await week.Locator("td").InnerTextAsync()).Trim());
        Assert.Equal("Geschäftsmodellsprint", (await filters.GetByLabel("Angebotsart").Locator("option:checked").InnerTextAsync()).Trim());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        // A period from today on: the week's bar only, captions naming the chosen period.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Berlin"));
        await filters.GetByLabel("Angebotsart").SelectOptionAsync(new SelectOptionValue { Label = "Erlebnistour" });
        await filters.GetByLabel("Von").FillAsync(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await filters.GetByRole(AriaRole.Button, new() { Name = "Anwenden" }).ClickAsync();

        Assert.Equal(1, await Chart(page, "Neue Buchungen je Kalenderwoche im gewählten Zeitraum").Locator("tbody tr").CountAsync());
        Assert.Equal("3", (await Chart(page, "Kommende Termine mit freien Plätzen").Locator("tbody tr", new() { HasText = title.De })
            .Locator("td").InnerTextAsync()).Trim());

        await page.GotoAsync(Path + "?type=experience-tour&from=2026-02-30");

        Assert.Contains("Bitte ein Datum im Format JJJJ-MM-TT eingeben.", await filters.InnerTextAsync());
        Assert.Equal("2026-02-30", await filters.GetByLabel("Von").GetAttributeAsync("value"));
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Contains("Enter a date as YYYY-MM-DD.", await page.GetByRole(AriaRole.Form, new() { Name = "Filter key figures" }).InnerTextAsync());
    }
}
