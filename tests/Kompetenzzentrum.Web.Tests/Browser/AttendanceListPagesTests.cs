using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Staff open a session's attendance list: a sign-in sheet that prints as the table alone, and once the session started
/// the whole list's attendance in one submit; a count above the booking's seats is refused with the entries kept.
/// </summary>
public sealed class AttendanceListPagesTests(ClockedBrowserHost host) : IClassFixture<ClockedBrowserHost>
{
    [Fact]
    public async Task Staff_print_the_sign_in_sheet_and_record_the_whole_list_in_one_submit_after_a_refused_count()
    {
        using var admin = host.CreateAdminClient();
        var offering = await CatalogSetup.PublishedOfferingAsync(admin, "experience-tour", "Listen " + Guid.NewGuid().ToString("N")[..6],
            ("Lernfabrik erleben", "Experience the learning factory"), ("Vor Ort.", "On site."), ["automatisierung"]);
        var starts = host.Clock.GetUtcNow().AddHours(2); // soon: the browser's sign-in outlasts the move of the clock
        var session = (await HttpAnswers.Created(await admin.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = starts, endsAt = starts.AddHours(2), capacity = 5 }))).GetProperty("id").GetGuid();
        var bookings = new List<Guid>();
        foreach (var names in new[] { new[] { "Jörg Müller", "Ayşe Yılmaz" }, new[] { "Erika Mustermann" } })
        {
            var booked = await HttpAnswers.Created(await admin.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
                new { organisationId = Guid.NewGuid(), attendees = names.Select(name => new { name }).ToArray() }));
            bookings.Add(booked.GetProperty("bookingId").GetGuid());
        }
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync($"/backoffice/angebote/{offering}/termine/{session}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anwesenheitsliste" }).ClickAsync();

        var sheet = page.Locator("table.sign-in-sheet");
        Assert.Equal(["Jörg Müller", "Ayşe Yılmaz", "Erika Mustermann"], await sheet.Locator("tbody th").AllInnerTextsAsync());
        Assert.Contains("Unterschrift", await sheet.Locator("thead").InnerTextAsync());
        Assert.Contains("ab Beginn des Termins", await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Als CSV herunterladen" }).IsVisibleAsync());
        Assert.True(await sheet.IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        host.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(30));
        using var later = await host.AdminAsync(); // the cached API token has run out on the moved clock
        await page.ReloadAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Anwesenheit erfassen" });
        var first = form.Locator($"#f-attended-{bookings[0]:D}");
        var second = form.Locator($"#f-attended-{bookings[1]:D}");
        await form.EvaluateAsync("form => form.noValidate = true");
        await first.FillAsync("3");
        await second.FillAsync("0");
        await form.GetByRole(AriaRole.Button, new() { Name = "Anwesenheit speichern" }).ClickAsync();

        var refused = page.GetByRole(AriaRole.Form, new() { Name = "Anwesenheit erfassen" });
        Assert.True(await refused.Locator(".form-summary").IsVisibleAsync());
        Assert.Equal("3", await refused.Locator($"#f-attended-{bookings[0]:D}").InputValueAsync());
        Assert.Equal("0", await refused.Locator($"#f-attended-{bookings[1]:D}").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        Assert.Equal("confirmed", await StatusAsync(later, session, bookings[1]));

        await refused.Locator($"#f-attended-{bookings[0]:D}").FillAsync("2");
        await refused.GetByRole(AriaRole.Button, new() { Name = "Anwesenheit speichern" }).ClickAsync();

        Assert.Contains("Die Anwesenheit von 2 Buchungen ist gespeichert.", await page.Locator(".flash").InnerTextAsync());
        Assert.Equal("attended", await StatusAsync(later, session, bookings[0]));
        Assert.Equal("no-show", await StatusAsync(later, session, bookings[1]));
    }

    private static async Task<string?> StatusAsync(HttpClient client, Guid session, Guid booking) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}/bookings/{booking}")).GetProperty("status").GetString();
}
