using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>An invited colleague follows the mailed link and joins: registering on the spot, or signed in with one button.</summary>
public sealed class InvitationPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Password = "Kollegin-Passwort-2026!";

    [Fact]
    public async Task A_colleague_without_an_account_registers_and_joins_from_the_mailed_link()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var email = $"kollegin-{Guid.NewGuid():N}@beispiel.test";
        await InviteAsync(admin, email);

        var page = await host.NewPageAsync();
        await page.GotoAsync(await host.LinkAsync(email, "organisation.invitation"));
        Assert.Contains(email, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Ihr Name").FillAsync("Karla Kollegin");
        await page.GetByLabel("Passwort").FillAsync(Password);
        await page.GetByLabel("Ich akzeptiere die Nutzungsbedingungen.").CheckAsync();
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "invitation-register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen und beitreten" }).ClickAsync();

        Assert.Contains("Willkommen im Team", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Digitalisierungs-Check", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(2, (await MembersAsync(admin)).Length);
    }

    [Fact]
    public async Task A_colleague_with_an_account_signs_in_from_the_invitation_and_joins_with_one_button()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await host.CreateUserAsync();
        await InviteAsync(admin, colleague.Email);

        var page = await host.NewPageAsync();
        await page.GotoAsync(await host.LinkAsync(colleague.Email, "organisation.invitation"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Anmelden und beitreten" }).ClickAsync();
        await page.GetByLabel("E-Mail-Adresse").FillAsync(colleague.Email);
        await page.GetByLabel("Passwort").FillAsync(TestUsers.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Beitreten" }).ClickAsync();

        Assert.Contains("Willkommen im Team", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await MembersAsync(admin)).Length);
    }

    [Fact]
    public async Task An_invitation_for_another_address_is_refused_and_a_used_one_says_so()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await host.CreateUserAsync();
        var stranger = await host.CreateUserAsync();
        await InviteAsync(admin, colleague.Email);
        var link = await host.LinkAsync(colleague.Email, "organisation.invitation");

        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, stranger.Email);
        await page.GotoAsync(link);
        Assert.Contains("für eine andere E-Mail-Adresse", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Beitreten" }).CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        var code = link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        (await colleague.Client.PostAsJsonAsync("/api/organisations/invitations/accept",
            new { organisationId = admin.OrganisationId, token = Uri.UnescapeDataString(code) })).EnsureSuccessStatusCode();
        var fresh = await host.NewPageAsync();
        await fresh.GotoAsync(link);
        Assert.Contains("schon angenommen", await fresh.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await fresh.GetByRole(AriaRole.Button).Filter(new() { HasText = "beitreten" }).CountAsync());
        Assert.Equal(2, (await MembersAsync(admin)).Length);
    }

    private static async Task InviteAsync(TestUser admin, string email) =>
        (await admin.Client.PostAsJsonAsync($"/api/organisations/{admin.OrganisationId}/invitations", new { email, asAdmin = false }))
            .EnsureSuccessStatusCode();

    private static async Task<MemberView[]> MembersAsync(TestUser admin) =>
        (await admin.Client.GetFromJsonAsync<MemberView[]>($"/api/organisations/{admin.OrganisationId}/members"))!;

    private sealed record MemberView(Guid AccountId, string DisplayName, string? Email, bool IsAdmin);
}
