using System.Net.Http.Json;
using System.Text.Json;

namespace Kompetenzzentrum.Testing;

/// <summary>The offering page marks a date the organisation has booked already instead of offering it again.</summary>
public sealed class BookedDatePagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_date_the_organisation_booked_is_marked_as_booked_and_only_the_other_date_can_be_chosen()
    {
        var title = "Gebuchte Tour " + Guid.NewGuid().ToString("N")[..6];
        using var admin = host.CreateAdminClient();
        var offering = await CatalogSetup.PublishedOfferingAsync(admin, "experience-tour", "Programm " + title, (title, title),
            ("Praxisnah.", "Practical."), ["ki"], "on-site");
        var booked = await SessionAsync(admin, offering, TimeSpan.FromDays(14));
        var other = await SessionAsync(admin, offering, TimeSpan.FromDays(21));
        var member = await host.CreateOrganisationAdminAsync();
        (await member.Client.PostAsJsonAsync($"/api/catalog/sessions/{booked}/bookings",
            new { attendees = new[] { new { name = "Erika Mustermann" } } })).EnsureSuccessStatusCode();

        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, member.Email);
        await page.GotoAsync($"/katalog/{offering}");

        var mark = page.Locator($"ul.booked-dates li[data-session='{booked}']");
        Assert.Contains("bereits gebucht", await mark.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"input[name='sessionId'][value='{booked}']").CountAsync());
        Assert.Equal(1, await page.Locator($"input[name='sessionId'][value='{other}']").CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "sme-offering-booked-date");
    }

    private static async Task<Guid> SessionAsync(HttpClient admin, Guid offering, TimeSpan startsIn)
    {
        var starts = DateTimeOffset.UtcNow + startsIn;
        var response = await admin.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = starts, endsAt = starts.AddHours(3), capacity = 10 });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
