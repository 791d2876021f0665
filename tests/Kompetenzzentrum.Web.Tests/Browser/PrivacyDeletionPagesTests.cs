using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Deleting through the privacy center: the organisation goes after its confirmation step while anonymous figures stay;
/// the last admin is told to appoint another admin (or delete the organisation) instead of losing the account.
/// </summary>
public sealed class PrivacyDeletionPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task An_admin_deletes_the_organisation_after_the_confirmation_and_only_anonymous_figures_remain()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await host.JoinedColleagueAsync(admin);
        var program = await ParticipationAsync(admin.OrganisationId!.Value);
        using var staff = host.CreateAdminClient();
        var figures = await Eventually.Get(async () => await KpiTotalAsync(staff, program), line => line.Length > 0);
        Assert.Equal("1", figures.Split(',')[3]); // participations
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, admin.Email);
        await page.GotoAsync("/konto/datenschutz");

        await page.GetByRole(AriaRole.Link, new() { Name = "Unternehmen löschen" }).ClickAsync();
        var confirmation = await page.Locator("main").InnerTextAsync();
        Assert.Contains("alle Konten seiner Mitarbeitenden", confirmation, StringComparison.Ordinal);
        Assert.Contains("Was als anonyme Zahlen bleibt", confirmation, StringComparison.Ordinal);
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByLabel("Ja, das Unternehmen und alle Konten endgültig löschen.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Endgültig löschen" }).ClickAsync();

        Assert.Contains("Das Unternehmen und seine Konten sind gelöscht.", await page.Locator(".flash").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/organisations/{admin.OrganisationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(colleague.Email));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(admin.Email));
        Assert.Equal(figures, await KpiTotalAsync(staff, program));
    }

    [Fact]
    public async Task The_last_admin_is_told_to_appoint_another_admin_first_and_no_deletion_form_is_offered()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        await host.JoinedColleagueAsync(admin);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, admin.Email);

        await page.GotoAsync("/konto/datenschutz");
        Assert.Contains("Ernennen Sie zuerst im Team eine andere Person", await page.Locator("#account-deletion-blocked").InnerTextAsync(),
            StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Mein Konto löschen" }).CountAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GotoAsync("/konto/datenschutz/konto-loeschen");
        Assert.Contains("oder löschen Sie das Unternehmen", await page.Locator("#deletion-blocked").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Endgültig löschen" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Contains("First make another member an administrator", await page.Locator("#deletion-blocked").InnerTextAsync(),
            StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/api/organisations/accounts/me")).StatusCode);
    }

    // A completed participation of the organisation in an offering of a program of its own, as the catalog reports it.
    private async Task<Guid> ParticipationAsync(Guid organisationId)
    {
        var (program, offering, now) = (Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        await using var session = host.Factory.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.StartStream(Guid.NewGuid(),
            new OfferingPublished(offering, "experience-tour", ["daten"], MaturityLevel.Einsteiger, MaturityLevel.Vorreiter, now, program),
            new ParticipationCompleted(Guid.NewGuid(), null, offering, "experience-tour", ["daten"], organisationId, now));
        await session.SaveChangesAsync();
        return program;
    }

    // The program's total row of the KPI export (organisations reached, participations, ...), empty while there is none.
    private static async Task<string> KpiTotalAsync(HttpClient staff, Guid program)
    {
        var today = DateTimeOffset.UtcNow;
        var csv = await staff.GetStringAsync($"/api/research/kpis.csv?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        return csv.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith($"{program},total", StringComparison.Ordinal)) ?? "";
    }

    private async Task<HttpStatusCode> SignInStatusAsync(string email)
    {
        using var anonymous = host.CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email, password = TestUsers.Password });
        return response.StatusCode;
    }
}
