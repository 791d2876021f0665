using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>The printable report to the funding body, opened by staff from the program page, in the browser.</summary>
public sealed class FunderReportPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private async Task<(Guid Id, string Name)> ProgramAsync()
    {
        var name = "Förderbericht " + Guid.NewGuid().ToString("N")[..6];
        using var admin = host.CreateAdminClient();
        var created = await admin.PostAsJsonAsync("/api/catalog/programs", new
        {
            name,
            starts = "2026-01-01",
            ends = "2027-12-31",
            responsibleStaff = "Team Transfer",
            targets = new { organisationsReached = 30, participations = 90, satisfaction = 80 },
        });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, body);
        return (JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid(), name);
    }

    private async Task<IPage> StaffPageAsync()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, staff.Email);
        return page;
    }

    [Fact]
    public async Task Staff_open_the_report_from_the_program_page_and_print_it_without_the_site_around_it()
    {
        var (id, name) = await ProgramAsync();
        var page = await StaffPageAsync();

        await page.GotoAsync("/backoffice/programme");
        await page.Locator("section.card", new() { HasText = name })
            .GetByRole(AriaRole.Link, new() { Name = "Bericht an den Fördermittelgeber" }).ClickAsync();

        Assert.EndsWith($"/auswertung/programme/{id}/bericht", page.Url);
        Assert.Equal($"Bericht an den Fördermittelgeber: {name}", await page.Locator("h1").InnerTextAsync());
        var targets = page.Locator("#funder-targets");
        // No participations yet: the figures describe fewer than five organisations and are suppressed; the targets stay.
        var reached = targets.Locator("tr", new() { HasText = "Erreichte Unternehmen" });
        Assert.Contains("<5", await reached.InnerTextAsync());
        Assert.Contains("30", await reached.InnerTextAsync());
        Assert.Contains("weniger als 5 Unternehmen", await page.Locator(".report-about").InnerTextAsync());
        Assert.Equal($"/api/research/programs/{id}/report.xlsx", await page.GetByRole(AriaRole.Link, new() { Name = "Als Excel-Datei (.xlsx)" })
            .GetAttributeAsync("href"));
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator("form.filters").IsVisibleAsync());
        Assert.True(await targets.IsVisibleAsync());
        await BrowserHost.ScreenshotAsync(page, "funder-report-print");
    }

    [Fact]
    public async Task A_period_that_is_not_one_is_named_next_to_its_field()
    {
        var (id, _) = await ProgramAsync();
        var page = await StaffPageAsync();

        var response = await page.GotoAsync($"/auswertung/programme/{id}/bericht?period=2026-Q9");

        Assert.Equal(400, response!.Status);
        Assert.Contains("Ein Quartal (2026-Q3)", await page.Locator("#f-period").Locator("xpath=..").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#funder-targets").CountAsync());

        await page.Locator("#f-period").FillAsync("2026-Q3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anzeigen" }).ClickAsync();
        Assert.Contains("2026-07-01 – 2026-09-30", await page.Locator(".report-about").InnerTextAsync());
        Assert.Contains("period=2026-Q3", await page.GetByRole(AriaRole.Link, new() { Name = "Als CSV-Datei" }).GetAttributeAsync("href"));
    }

    [Fact]
    public async Task The_report_reads_in_English_too()
    {
        var (id, name) = await ProgramAsync();
        var page = await StaffPageAsync();
        await page.GotoAsync($"/auswertung/programme/{id}/bericht?period=2026");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.Equal($"Report to the funding body: {name}", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Participations by format", await page.Locator("main").InnerTextAsync());
        Assert.Contains("period=2026", page.Url);
    }

    [Fact]
    public async Task Staff_correct_a_program_see_a_refused_end_at_its_field_then_close_the_program()
    {
        var (id, name) = await ProgramAsync();
        var page = await StaffPageAsync();
        await page.GotoAsync("/backoffice/programme");

        await page.GetByRole(AriaRole.Link, new() { Name = $"„{name}“ bearbeiten oder abschließen" }).ClickAsync();
        Assert.Equal("30", await page.GetByLabel("Erreichte Unternehmen").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.GetByLabel("Erreichte Unternehmen").FillAsync("45");
        await page.Locator("#f-targets\\.satisfaction").FillAsync("85");
        // The browser checks the numbers' ranges itself; an end before the start only the server sees.
        await page.Locator("#f-ends").FillAsync("2025-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.NotEmpty(await page.Locator("#f-ends-error").InnerTextAsync());
        Assert.Equal("45", await page.GetByLabel("Erreichte Unternehmen").InputValueAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await page.Locator("#f-ends").FillAsync("2027-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        Assert.Contains("geändert", await page.Locator(".flash").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = $"„{name}“ bearbeiten oder abschließen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Abschließen" }).ClickAsync();
        Assert.Contains("abgeschlossen", await page.Locator(".flash").InnerTextAsync());
        Assert.Contains("abgeschlossen am", await page.Locator("section.card", new() { HasText = name }).InnerTextAsync());
        using var admin = host.CreateAdminClient();
        var program = await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/programs/{id}");
        Assert.Equal(45, program.GetProperty("targets").GetProperty("organisationsReached").GetInt32());
        Assert.Equal(85, program.GetProperty("targets").GetProperty("satisfaction").GetInt32());
        Assert.True(program.GetProperty("closed").GetBoolean());
    }

    [Fact]
    public async Task Staff_reach_the_needs_report_and_the_kpi_csv_with_its_targets_from_the_menu()
    {
        var page = await StaffPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Berichte" }).ClickAsync();
        Assert.Equal("Berichte", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "CSV herunterladen" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("program_id,period,organisations_reached", csv, StringComparison.Ordinal);
        Assert.Contains("target_satisfied_share", csv.Split('\n')[0], StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Bedarfsbericht öffnen" }).ClickAsync();
        Assert.Contains("/api/research/reports/needs?from=", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("Bedarfsbericht", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }
}
