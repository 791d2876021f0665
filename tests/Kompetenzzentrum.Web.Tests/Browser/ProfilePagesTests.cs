using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>An organisation admin edits the company profile with the API's validation.</summary>
public sealed class ProfilePagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_bad_postcode_is_refused_in_English_and_changes_nothing_then_the_corrected_profile_is_saved()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, admin.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Unternehmensprofil" }).First.ClickAsync();
        Assert.Equal("14467", await page.GetByLabel("Postleitzahl").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await page.GetByLabel("Company name", new() { Exact = false }).FillAsync("Umbenannt GmbH");
        await page.GetByLabel("Postcode").FillAsync("123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Contains("five digits", await page.Locator("#f-postcode-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("14467", (await OrganisationAsync(admin)).Postcode);

        await page.GetByLabel("Postcode").FillAsync("10115");
        await page.GetByLabel("Federal state").SelectOptionAsync("BE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Contains("has been saved", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        var saved = await OrganisationAsync(admin);
        Assert.Equal(("Umbenannt GmbH", "10115", "BE"), (saved.Name, saved.Postcode, saved.FederalState));
    }

    private static async Task<OrganisationView> OrganisationAsync(TestUser admin) =>
        (await admin.Client.GetFromJsonAsync<OrganisationView>($"/api/organisations/{admin.OrganisationId}"))!;

    private sealed record OrganisationView(Guid Id, string Name, string Postcode, string FederalState);
}
