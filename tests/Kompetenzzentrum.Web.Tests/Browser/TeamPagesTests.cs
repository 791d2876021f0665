using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>An organisation admin manages the team on its page: invite by e-mail, make an admin, remove; the last admin stays.</summary>
public sealed class TeamPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_admin_invites_by_mail_and_the_invitation_mail_carries_the_link()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, admin.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Team" }).First.ClickAsync();
        var email = $"neu-{Guid.NewGuid():N}@beispiel.test";
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Einladung senden" }).ClickAsync();

        Assert.Contains($"Die Einladung an {email} ist verschickt", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        var link = await host.LinkAsync(email, "organisation.invitation");
        Assert.StartsWith($"/einladung/{admin.OrganisationId}?code=", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_admin_cannot_leave_but_after_making_a_colleague_admin_removes_the_colleague_s_rights_and_the_colleague()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await host.CreateUserAsync();
        (await admin.Client.PostAsJsonAsync($"/api/organisations/{admin.OrganisationId}/invitations", new { email = colleague.Email }))
            .EnsureSuccessStatusCode();
        var code = await host.LatestCodeAsync(colleague.Email, "organisation.invitation");
        (await colleague.Client.PostAsJsonAsync("/api/organisations/invitations/accept", new { organisationId = admin.OrganisationId, token = code }))
            .EnsureSuccessStatusCode();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, admin.Email);
        await page.GotoAsync("/unternehmen/team");
        var me = page.Locator($"tr[data-member='{admin.Email}']");
        var other = page.Locator($"tr[data-member='{colleague.Email}']");

        await me.GetByRole(AriaRole.Button, new() { Name = "Unternehmen verlassen" }).ClickAsync();
        Assert.Contains("mindestens eine Person mit Admin-Rechten", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("tbody tr").CountAsync());

        await other.GetByRole(AriaRole.Button, new() { Name = "zum Admin machen" }).ClickAsync();
        Assert.Contains("Admin", await other.Locator("td").Nth(2).InnerTextAsync(), StringComparison.Ordinal);
        await other.GetByRole(AriaRole.Button, new() { Name = "die Admin-Rechte entziehen" }).ClickAsync();
        Assert.Equal("Mitglied", await other.Locator("td").Nth(2).InnerTextAsync());
        await other.GetByRole(AriaRole.Button, new() { Name = "entfernen" }).ClickAsync();

        Assert.Contains("gehört nicht mehr zum Unternehmen", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
    }
}
