using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Staff move and cancel a session from its back-office page: a capacity below the seats taken is refused with the
/// numbers and the form keeps what was typed; a valid change is saved; a cancellation needs a reason and a confirmation.
/// </summary>
public sealed class SessionLifecyclePagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private async Task<(Guid Offering, Guid Session)> SessionWithBookingsAsync(int seatsTaken)
    {
        using var admin = host.CreateAdminClient();
        var offering = await CatalogSetup.PublishedOfferingAsync(admin, "experience-tour", "Termine " + Guid.NewGuid().ToString("N")[..6],
            ("Lernfabrik erleben", "Experience the learning factory"), ("Vor Ort.", "On site."), ["automatisierung"]);
        var starts = DateTimeOffset.UtcNow.AddDays(10);
        var session = (await HttpAnswers.Created(await admin.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = starts, endsAt = starts.AddHours(2), capacity = 5 }))).GetProperty("id").GetGuid();
        for (var i = 0; i < seatsTaken; i++)
        {
            var booking = await admin.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
                new { organisationId = Guid.NewGuid(), attendees = new[] { new { name = $"Person {i}" } } });
            Assert.True(booking.IsSuccessStatusCode, await booking.Content.ReadAsStringAsync());
        }
        return (offering, session);
    }

    private async Task<IPage> StaffPageAsync(Guid offering, Guid session)
    {
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync($"/backoffice/angebote/{offering}/termine/{session}");
        return page;
    }

    [Fact]
    public async Task Staff_lower_the_capacity_below_the_seats_taken_see_the_numbers_with_the_form_kept_then_raise_it()
    {
        var (offering, session) = await SessionWithBookingsAsync(seatsTaken: 3);
        var page = await StaffPageAsync(offering, session);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        var move = page.GetByRole(AriaRole.Form, new() { Name = "Termin verschieben oder Kapazität ändern" });

        await move.GetByLabel("Plätze").FillAsync("2");
        await move.GetByRole(AriaRole.Button, new() { Name = "Änderung speichern" }).ClickAsync();

        Assert.Contains("3 Plätze sind belegt, 2 wurden angegeben", await move.Locator(".form-summary").InnerTextAsync());
        Assert.Equal("2", await move.GetByLabel("Plätze").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        using var admin = host.CreateAdminClient();
        Assert.Equal(5, (await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}")).GetProperty("capacity").GetInt32());

        await move.GetByLabel("Plätze").FillAsync("8");
        await move.GetByRole(AriaRole.Button, new() { Name = "Änderung speichern" }).ClickAsync();

        Assert.Contains("Der Termin wurde geändert", await page.Locator(".flash").InnerTextAsync());
        Assert.Equal(8, (await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}")).GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task Staff_cancel_a_session_only_with_a_reason_and_it_then_shows_as_cancelled()
    {
        var (offering, session) = await SessionWithBookingsAsync(seatsTaken: 2);
        var page = await StaffPageAsync(offering, session);
        var cancel = page.GetByRole(AriaRole.Form, new() { Name = "Termin absagen" });

        // Without the browser's own check, so the server's refusal is what shows.
        await cancel.EvaluateAsync("form => form.noValidate = true");
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Termin absagen" }).ClickAsync();
        Assert.Contains("Bitte geben Sie einen Grund für die Absage an.", await cancel.Locator(".form-summary").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await cancel.GetByLabel("Grund der Absage").FillAsync("Die Lernfabrik ist wegen Umbau geschlossen.");
        await cancel.GetByLabel("Ja, den Termin absagen und alle 2 offenen Buchungen stornieren.").CheckAsync();
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Termin absagen" }).ClickAsync();

        Assert.Contains("Der Termin wurde abgesagt", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Dieser Termin ist abgesagt.", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Form, new() { Name = "Termin absagen" }).CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }
}
