using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>Staff keep the experts of the KI-Sprechstunde on the back-office pages linked from the consultation calendar.</summary>
public sealed class ConsultationAdminPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Staff_change_an_experts_window_and_an_overlapping_one_keeps_the_form_with_the_error_in_German_and_English()
    {
        var account = await ExpertAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/beratung");
        await page.GetByRole(AriaRole.Link, new() { Name = "Expertinnen und Experten" }).ClickAsync();
        await page.Locator($"a[href='/backoffice/beratung/experten/{account}']").ClickAsync();
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await Field(page, "Bis, Zeile 1").FillAsync("13:00");
        await Field(page, "Wochentag, Zeile 2").SelectOptionAsync("tuesday");
        await Field(page, "Von, Zeile 2").FillAsync("10:00");
        await Field(page, "Bis, Zeile 2").FillAsync("11:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        Assert.Contains("gespeichert", await page.Locator(".flash").InnerTextAsync());
        Assert.Equal(["monday 09:00-13:00", "tuesday 10:00-11:00"], await WindowsAsync(account));

        await page.GotoAsync($"/backoffice/beratung/experten/{account}");
        await Field(page, "Wochentag, Zeile 3").SelectOptionAsync("tuesday");
        await Field(page, "Von, Zeile 3").FillAsync("10:30");
        await Field(page, "Bis, Zeile 3").FillAsync("11:30");
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, refused.Status);
        Assert.Contains("überschneidet sich", await page.Locator("#f-windows").InnerTextAsync());
        Assert.Equal("10:30", await Field(page, "Von, Zeile 3").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        Assert.Equal(["monday 09:00-13:00", "tuesday 10:00-11:00"], await WindowsAsync(account));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.Equal("Expert profile", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Weekly hours", await page.Locator("main").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Staff_remove_a_window_and_set_slot_length_and_days_off_without_javascript()
    {
        var account = await ExpertAsync();
        var page = await host.NewPageAsync(javaScript: false);
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync($"/backoffice/beratung/experten/{account}");

        await Field(page, "Zeile 1 entfernen").First.CheckAsync();
        await Field(page, "Wochentag, Zeile 2").SelectOptionAsync("friday");
        await Field(page, "Von, Zeile 2").FillAsync("08:00");
        await Field(page, "Bis, Zeile 2").FillAsync("10:00");
        await Field(page, "Terminlänge (Minuten)").FillAsync("45");
        await Field(page, "Frei von, Zeile 1").FillAsync("2027-01-04");
        await Field(page, "Frei bis, Zeile 1").FillAsync("2027-01-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        Assert.Contains("gespeichert", await page.Locator(".flash").InnerTextAsync());
        var expert = await ExpertJsonAsync(account);
        Assert.Equal(["friday 08:00-10:00"], await WindowsAsync(account));
        Assert.Equal(45, expert.GetProperty("slotMinutes").GetInt32());
        Assert.Equal(["2027-01-04", "2027-01-05", "2027-01-06"], expert.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
    }

    // Exact: "Von, Zeile 1" is also in "Frei von, Zeile 1".
    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    /// <summary>An expert with one window, Monday 09:00-12:00, saved over the API.</summary>
    private async Task<Guid> ExpertAsync()
    {
        var account = Guid.NewGuid();
        using var staff = host.CreateAdminClient();
        var response = await staff.PutAsJsonAsync($"/api/consultations/experts/{account}", new
        {
            tags = new[] { "vision" },
            windows = new[] { new { day = "monday", from = "09:00", to = "12:00" } },
            slotMinutes = 60,
            bufferMinutes = 15,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return account;
    }

    private async Task<JsonElement> ExpertJsonAsync(Guid account)
    {
        using var staff = host.CreateAdminClient();
        var experts = await staff.GetFromJsonAsync<JsonElement>("/api/consultations/experts");
        return experts.EnumerateArray().Single(e => e.GetProperty("accountId").GetGuid() == account);
    }

    private static string Time(JsonElement window, string property) => window.GetProperty(property).GetString()![..5];

    private async Task<IReadOnlyList<string>> WindowsAsync(Guid account) =>
        [.. (await ExpertJsonAsync(account)).GetProperty("windows").EnumerateArray()
            .Select(w => $"{w.GetProperty("day").GetString()!.ToLowerInvariant()} {Time(w, "from")}-{Time(w, "to")}")
            .Order(StringComparer.Ordinal)];
}
