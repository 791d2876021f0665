using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Staff operations on a session's page: a booking taken on the phone for an organisation found by its name shows marked in the list, two
/// pending requests are approved in one submit, all confirmed attendees are mailed and the mails are in the outbox; a refused
/// input keeps the form; German first with the English switch, axe clean, and the approval also without JavaScript.
/// </summary>
public sealed class StaffOperationsPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    // A sprint is one-to-one: one seat per session, so of two approved requests one is confirmed and one waits.
    private async Task<(Guid Offering, Guid Session, HttpClient Admin)> SprintWithRequestsAsync(params (string Name, string Email)[] requests)
    {
        var admin = host.CreateAdminClient();
        var offering = await CatalogSetup.PublishedOfferingAsync(admin, "sprint", "Telefon " + Guid.NewGuid().ToString("N")[..6],
            ("Digitalisierungssprint", "Digitalisation sprint"), ("Zwei Tage.", "Two days."), ["geschaeftsmodelle"]);
        var starts = DateTimeOffset.UtcNow.AddDays(10);
        var session = (await HttpAnswers.Created(await admin.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = starts, endsAt = starts.AddHours(8), capacity = 1 }))).GetProperty("id").GetGuid();
        foreach (var (name, email) in requests)
        {
            // Without an accepted application the sprint's rule keeps each request pending until staff decide.
            Assert.Equal("pending", (await HttpAnswers.Created(await admin.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
                new { organisationId = Guid.NewGuid(), attendees = new[] { new { name } }, contactEmail = email })))
                .GetProperty("status").GetString());
        }
        return (offering, session, admin);
    }

    private static ILocator Phone(IPage page) =>
        page.GetByRole(AriaRole.Form, new() { Name = "Buchung für ein Unternehmen (z. B. telefonisch)" });

    [Fact]
    public async Task Staff_book_by_phone_approve_two_requests_and_mail_all_attendees_found_in_the_outbox()
    {
        var (anna, bernd) = ($"anna-{Guid.NewGuid():N}@example.org", $"bernd-{Guid.NewGuid():N}@example.org");
        var (offering, session, admin) = await SprintWithRequestsAsync(("Anna Anfrage", anna), ("Bernd Bitte", bernd));
        using var _ = admin;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var caller = await host.CreateOrganisationAdminAsync($"Anrufer GmbH {tag}");
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync($"/backoffice/angebote/{offering}/termine/{session}");

        // An id typed into the search still books, and an unknown one is refused next to the field, the form kept.
        var phone = Phone(page);
        await phone.GetByLabel("Unternehmen", new() { Exact = true }).FillAsync(Guid.NewGuid().ToString());
        await phone.GetByLabel("Teilnehmende").FillAsync("Petra Telefon");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Buchen" }).ClickAsync();

        Assert.Contains("Dieses Unternehmen gibt es nicht.", await Phone(page).InnerTextAsync());
        Assert.Equal("Petra Telefon", await Phone(page).GetByLabel("Teilnehmende").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        // On the phone staff hear a name: search it, choose the organisation found, book.
        await Phone(page).GetByLabel("Unternehmen", new() { Exact = true }).FillAsync($"anrufer gmbh {tag}");
        await Phone(page).GetByRole(AriaRole.Button, new() { Name = "Unternehmen suchen" }).ClickAsync();

        var found = Phone(page).GetByRole(AriaRole.Group, new() { Name = "Gefundene Unternehmen" });
        Assert.Equal(1, await found.GetByRole(AriaRole.Radio).CountAsync());
        Assert.Equal("Petra Telefon", await Phone(page).GetByLabel("Teilnehmende").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await found.GetByLabel($"Anrufer GmbH {tag} · 14467 Brandenburg").CheckAsync();
        await Phone(page).GetByRole(AriaRole.Button, new() { Name = "Buchen" }).ClickAsync();

        Assert.Contains("Gebucht: wartet auf Genehmigung.", await page.Locator(".flash").InnerTextAsync());
        var row = page.Locator("tbody tr", new() { HasText = "Petra Telefon" });
        Assert.Contains("telefonisch durch das Team", await row.InnerTextAsync());
        Assert.Contains($"Anrufer GmbH {tag}", await row.InnerTextAsync());

        var decisions = page.GetByRole(AriaRole.Form, new() { Name = "Offene Anfragen entscheiden" });
        await decisions.GetByLabel("Anna Anfrage", new() { Exact = false }).CheckAsync();
        await decisions.GetByLabel("Bernd Bitte", new() { Exact = false }).CheckAsync();
        await decisions.GetByRole(AriaRole.Button, new() { Name = "Ausgewählte genehmigen" }).ClickAsync();

        Assert.Contains("2 genehmigt, 0 abgelehnt, 0 nicht möglich.", await page.Locator(".flash").InnerTextAsync());
        // An approved request that finds no free seat joins the end of the line.
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}/bookings");
        Assert.Equal(["confirmed", "pending", "waitlisted"], listed.EnumerateArray().Select(b => b.GetProperty("status").GetString()));

        var subject = "Anfahrt " + Guid.NewGuid().ToString("N")[..6];
        var message = page.GetByRole(AriaRole.Form, new() { Name = "Nachricht an alle Teilnehmenden" });
        await message.GetByLabel("Betreff").FillAsync(subject);
        await message.GetByLabel("Text").FillAsync("Bitte Tor 3 benutzen.");
        await message.GetByRole(AriaRole.Button, new() { Name = "Senden" }).ClickAsync();

        Assert.Contains("1 Mail versandt (Postausgang).", await page.Locator(".flash").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Message to all attendees" }).IsVisibleAsync());
        Assert.Contains("by phone, through staff", await page.Locator("tbody tr", new() { HasText = "Petra Telefon" }).InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GotoAsync("/backoffice/postausgang");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = subject }).CountAsync());
    }

    [Fact]
    public async Task Staff_search_an_organisation_by_name_and_book_it_by_phone_without_javascript()
    {
        var (offering, session, admin) = await SprintWithRequestsAsync();
        using var _ = admin;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var caller = await host.CreateOrganisationAdminAsync($"Ohne Skript KG {tag}");
        var page = await host.NewPageAsync(javaScript: false);
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync($"/backoffice/angebote/{offering}/termine/{session}");

        await Phone(page).GetByLabel("Unternehmen", new() { Exact = true }).FillAsync("");
        await Phone(page).GetByRole(AriaRole.Button, new() { Name = "Unternehmen suchen" }).ClickAsync();
        Assert.Contains("Bitte einen Namen, eine E-Mail-Domain", await Phone(page).InnerTextAsync());

        await Phone(page).GetByLabel("Unternehmen", new() { Exact = true }).FillAsync($"Skript KG {tag}");
        await Phone(page).GetByLabel("Teilnehmende").FillAsync("Otto Offline");
        await Phone(page).GetByLabel("Wie kam die Buchung?").SelectOptionAsync("email");
        await Phone(page).GetByRole(AriaRole.Button, new() { Name = "Unternehmen suchen" }).ClickAsync();

        // The only match is chosen already; what was typed stays.
        Assert.True(await Phone(page).GetByLabel($"Ohne Skript KG {tag} · 14467 Brandenburg").IsCheckedAsync());
        Assert.Equal("Otto Offline", await Phone(page).GetByLabel("Teilnehmende").InputValueAsync());
        Assert.Equal("email", await Phone(page).GetByLabel("Wie kam die Buchung?").InputValueAsync());
        await Phone(page).GetByRole(AriaRole.Button, new() { Name = "Buchen" }).ClickAsync();

        Assert.Contains("Gebucht", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("per E-Mail durch das Team", await page.Locator("tbody tr", new() { HasText = "Otto Offline" }).InnerTextAsync());
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}/bookings");
        Assert.Equal(caller.OrganisationId, Assert.Single(listed.EnumerateArray()).GetProperty("organisationId").GetGuid());
    }

    [Fact]
    public async Task Staff_approve_a_pending_request_and_are_refused_an_empty_message_without_javascript()
    {
        var (offering, session, admin) = await SprintWithRequestsAsync(("Clara Ohne", $"clara-{Guid.NewGuid():N}@example.org"));
        using var _ = admin;
        var page = await host.NewPageAsync(javaScript: false);
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync($"/backoffice/angebote/{offering}/termine/{session}");

        await page.GetByLabel("Clara Ohne", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ausgewählte genehmigen" }).ClickAsync();
        Assert.Contains("1 genehmigt", await page.Locator(".flash").InnerTextAsync());

        var message = page.GetByRole(AriaRole.Form, new() { Name = "Nachricht an alle Teilnehmenden" });
        await message.GetByLabel("Betreff").FillAsync("Nur Betreff");
        await message.GetByLabel("Text").FillAsync(" ");
        await message.GetByRole(AriaRole.Button, new() { Name = "Senden" }).ClickAsync();

        var refused = page.GetByRole(AriaRole.Form, new() { Name = "Nachricht an alle Teilnehmenden" });
        Assert.Contains("Bitte einen Text eingeben.", await refused.InnerTextAsync());
        Assert.Equal("Nur Betreff", await refused.GetByLabel("Betreff").InputValueAsync());
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}/bookings");
        Assert.Equal("confirmed", listed[0].GetProperty("status").GetString());
    }
}
