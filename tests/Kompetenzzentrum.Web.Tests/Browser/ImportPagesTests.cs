using System.Text;
using Microsoft.Playwright;
using Npgsql;

namespace Kompetenzzentrum.Testing;

/// <summary>Staff upload an organisation file on the back-office page, read the check's report, and import the checked file.</summary>
public sealed class ImportPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Staff_check_a_file_see_the_refused_row_and_import_the_checked_file()
    {
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/importe/unternehmen");
        Assert.True(await page.Locator("a[href='/backoffice/importe/unternehmen']").CountAsync() >= 1, "the back-office menu links the page");
        var id = "W-" + Guid.NewGuid().ToString("N")[..8];
        var csv = $"Externe ID;Name/Firmenname;Branche;Größe;Bundesland;PLZ\n{id};Seitenimport GmbH;C;klein;Brandenburg;14467\n"
            + $"{id}-2;Ohne PLZ GmbH;C;klein;Brandenburg;\n";
        var file = new FilePayload { Name = "unternehmen.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) };
        await page.Locator("#f-file").SetInputFilesAsync(file);

        await page.GetByRole(AriaRole.Button, new() { Name = "Prüfen" }).ClickAsync();

        Assert.Contains("Neu: 1", await page.Locator("[data-import-summary]").InnerTextAsync());
        Assert.Contains("PLZ: Die Postleitzahl hat fünf Ziffern.", await page.Locator("tr[data-row='3']").InnerTextAsync());
        Assert.Equal(0, await CountAsync(id));
        Assert.Empty(await BrowserHost.SeriousViolationsAsync(page));
        await BrowserHost.ScreenshotAsync(page, "import-checked");

        await page.GetByRole(AriaRole.Button, new() { Name = "Geprüfte Datei importieren" }).ClickAsync();

        Assert.Contains("Neu angelegt: 1", await page.Locator("[data-import-summary]").InnerTextAsync());
        Assert.Equal(1, await CountAsync(id));
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Geprüfte Datei importieren" }).CountAsync());
    }

    [Fact]
    public async Task Uploading_without_a_file_shows_the_error_at_the_field()
    {
        var page = await host.NewPageAsync();
        await BrowserHost.SignInAsync(page, TestUsers.AdminEmail);
        await page.GotoAsync("/backoffice/importe/unternehmen");
        // The browser would refuse the empty required field; the server must answer it too.
        await page.Locator("#f-file").EvaluateAsync("e => e.removeAttribute('required')");

        await page.GetByRole(AriaRole.Button, new() { Name = "Prüfen" }).ClickAsync();

        Assert.Contains("CSV- oder Excel-Datei", await page.Locator("#f-file-error").InnerTextAsync());
    }

    private async Task<long> CountAsync(string externalId)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from kz.mt_doc_organisation where data->>'externalId' = @id", connection);
        command.Parameters.AddWithValue("id", externalId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
