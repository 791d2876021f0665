using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Organisations.Tests.Imports;

public sealed class OrganisationImportTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Url = "/api/imports/organisations";

    private sealed record OrganisationView(
        Guid Id, string Name, string Kind, string Industry, string SizeClass, string FederalState, string Postcode);

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task German_semicolon_csv_creates_organisations_and_a_reimport_updates_them_instead_of_duplicating()
    {
        using var staff = await host.AdminAsync();
        var (a, b) = ("A-" + Unique(), "B-" + Unique());
        var csv = "Externe ID;Name/Firmenname;Branche;Größe;Bundesland;PLZ;Ansprechpartner;E-Mail\n"
            + $"{a};Bäckerei Korn GmbH;C;Kleinst;Sachsen;1067;Erika Korn;erika@korn.example\n"
            + $"{b};\"Metall; Bau AG\";Baugewerbe;mittel;BY;80331;;\n";

        var first = await (await staff.PostCsvAsync(Url, csv)).ReportAsync();

        Assert.Equal((false, 2, 0, 0), (first.DryRun, first.Created, first.Updated, first.Refused));
        Assert.Equal([2, 3], first.Rows.Select(r => r.Row));
        var korn = await staff.GetFromJsonAsync<OrganisationView>($"/api/organisations/{first.Rows[0].Id}");
        Assert.Equal(("Bäckerei Korn GmbH", "sme", "C", "micro", "SN", "01067"),
            (korn!.Name, korn.Kind, korn.Industry, korn.SizeClass, korn.FederalState, korn.Postcode));
        var bau = await staff.GetFromJsonAsync<OrganisationView>($"/api/organisations/{first.Rows[1].Id}");
        Assert.Equal(("Metall; Bau AG", "F", "medium", "BY"), (bau!.Name, bau.Industry, bau.SizeClass, bau.FederalState));

        var again = await (await staff.PostCsvAsync(Url, csv.Replace("Bäckerei Korn GmbH", "Bäckerei Korn & Söhne GmbH"))).ReportAsync();

        Assert.Equal((0, 1, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(first.Rows.Select(r => r.Id), again.Rows.Select(r => r.Id));
        korn = await staff.GetFromJsonAsync<OrganisationView>($"/api/organisations/{first.Rows[0].Id}");
        Assert.Equal("Bäckerei Korn & Söhne GmbH", korn!.Name);
        Assert.Equal(1, await CountAsync(a));
    }

    [Fact]
    public async Task An_imported_contact_person_is_in_the_organisations_export_and_gone_after_its_erasure()
    {
        using var staff = await host.AdminAsync();
        var csv = "Externe ID;Name/Firmenname;Branche;Größe;Bundesland;PLZ;Ansprechpartner;E-Mail\n"
            + $"C-{Unique()};Tischlerei Holm;C;klein;BB;14467;Jan Holm;jan@holm.example\n";
        var id = (await (await staff.PostCsvAsync(Url, csv)).ReportAsync()).Rows[0].Id!.Value;
        var privacy = host.Factory.Services.GetRequiredService<IOrganisationPrivacy>();

        var export = JsonSerializer.Serialize(await privacy.ExportAsync(id, CancellationToken.None));

        Assert.Contains("\"contactPerson\":{\"Name\":\"Jan Holm\",\"Email\":\"jan@holm.example\"}", export, StringComparison.Ordinal);
        Assert.True(await privacy.EraseAsync(id, CancellationToken.None));
        Assert.Null(await privacy.ExportAsync(id, CancellationToken.None));
        Assert.Equal(0, await ContactMentionsAsync("jan@holm.example"));
    }

    [Fact]
    public async Task Dry_run_reports_every_row_and_writes_nothing()
    {
        using var staff = await host.AdminAsync();
        var (good, bad) = ("G-" + Unique(), "X-" + Unique());
        var csv = "External ID,Name,Industry,Size,Federal state,Postcode\n"
            + $"{good},Gute Daten GmbH,J,small,BE,10115\n"
            + $"{bad},Schlechte Daten UG,J,small,BE,1011x\n";
        var before = await EventCountAsync();

        var report = await (await staff.PostCsvAsync(Url + "?dryRun=true", csv)).ReportAsync();

        Assert.True(report.DryRun);
        Assert.Equal((1, 1), (report.Created, report.Refused));
        var refused = Assert.Single(report.Rows, r => r.Outcome == "refused");
        Assert.Equal((3, bad), (refused.Row, refused.ExternalId));
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("postcode", "Postcode", "Postcode must have five digits."), (problem.Field, problem.Column, problem.Reason));
        Assert.Equal(0, await CountAsync(good));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task Refused_rows_are_reported_by_row_and_column_while_the_valid_rows_are_written()
    {
        using var staff = await host.AdminAsync();
        var ids = Enumerable.Range(0, 4).Select(_ => "R-" + Unique()).ToArray();
        var csv = "Externe ID;Name/Firmenname;Branche;Größe;Bundesland;PLZ;E-Mail\n"
            + $"{ids[0]};Erste GmbH;C;small;NW;50667;info@erste.example\n"
            + $"{ids[1]};;Z;huge;NW;50667;kein-mail\n"
            + $"{ids[0]};Doppelt GmbH;C;small;NW;50667;\n"
            + $"{ids[3]};Vierte KG;Q;micro;Hessen;60311;\n";

        var report = await (await staff.PostCsvAsync(Url, csv)).ReportAsync();

        Assert.Equal(["created", "refused", "refused", "created"], report.Rows.Select(r => r.Outcome));
        Assert.Equal(["Name/Firmenname", "Branche", "Größe", "E-Mail"], report.Rows[1].Problems.Select(p => p.Column));
        Assert.Equal("externalId", Assert.Single(report.Rows[2].Problems).Field);
        Assert.Equal((1, 0, 1), (await CountAsync(ids[0]), await CountAsync(ids[1]), await CountAsync(ids[3])));
    }

    [Fact]
    public async Task An_xlsx_file_is_imported_like_csv()
    {
        using var staff = await host.AdminAsync();
        var id = "X-" + Unique();
        var rows = new[]
        {
            new Dictionary<string, object>
            {
                ["Externe ID"] = id, ["Name/Firmenname"] = "Tabellen GmbH", ["Branche"] = "M", ["Größe"] = "small",
                ["Bundesland"] = "Bremen", ["PLZ"] = 28195, ["Ansprechpartner"] = "Max Muster", ["E-Mail"] = "max@tabellen.example",
            },
            new Dictionary<string, object>
            {
                ["Externe ID"] = "Y-" + Unique(), ["Name/Firmenname"] = "Ohne Branche GmbH", ["Branche"] = "", ["Größe"] = "small",
                ["Bundesland"] = "HB", ["PLZ"] = "28195", ["Ansprechpartner"] = "", ["E-Mail"] = "",
            },
        };

        var report = await (await staff.PostXlsxAsync(Url, rows)).ReportAsync();

        Assert.Equal(["created", "refused"], report.Rows.Select(r => r.Outcome));
        Assert.Equal((3, "Branche"), (report.Rows[1].Row, Assert.Single(report.Rows[1].Problems).Column));
        var created = await staff.GetFromJsonAsync<OrganisationView>($"/api/organisations/{report.Rows[0].Id}");
        Assert.Equal(("Tabellen GmbH", "HB", "28195"), (created!.Name, created.FederalState, created.Postcode));
    }

    [Theory]
    [InlineData("Name;Branche;Größe;Bundesland;PLZ\nOhne ID GmbH;C;small;BY;80331\n")]
    [InlineData("")]
    public async Task A_file_without_the_required_columns_gets_400_naming_the_file(string csv)
    {
        using var staff = await host.AdminAsync();
        var response = await staff.PostCsvAsync(Url, csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemWithErrors>();
        Assert.Contains("file", problem!.Errors.Keys);
    }

    [Fact]
    public async Task A_request_without_a_file_gets_400_and_a_member_is_forbidden()
    {
        using var staff = await host.AdminAsync();
        var empty = await staff.PostAsync(Url, new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var member = await host.CreateOrganisationAdminAsync();
        var forbidden = await member.Client.PostCsvAsync(Url, "Externe ID;Name\n1;x\n");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private sealed record ProblemWithErrors(Dictionary<string, string[]> Errors);

    private async Task<long> CountAsync(string externalId)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from kz.mt_doc_organisation where data->>'externalId' = @id", connection);
        command.Parameters.AddWithValue("id", externalId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Rows of organisations and events that still name <paramref name="text"/> anywhere in their data.</summary>
    private async Task<long> ContactMentionsAsync(string text)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select (select count(*) from kz.mt_doc_organisation where strpos(data::text, @text) > 0)
                 + (select count(*) from kz.mt_events where strpos(data::text, @text) > 0)
            """, connection);
        command.Parameters.AddWithValue("text", text);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> EventCountAsync()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from kz.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
