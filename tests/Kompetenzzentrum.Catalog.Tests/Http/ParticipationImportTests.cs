using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>Past participations imported from CSV and xlsx, counted by research like completed ones.</summary>
public sealed class ParticipationImportTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Url = "/api/imports/participations";

    private sealed record Offering(Guid Id, Guid ProgramId);

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<(HttpClient Staff, Offering Offering, string[] Organisations)> SetUpAsync()
    {
        var staff = await host.AdminAsync();
        var id = await CatalogSetup.PublishedConsultationOfferingAsync(staff, "ki");
        var offering = (await staff.GetFromJsonAsync<Offering>($"/api/catalog/offerings/{id}"))!;
        var organisations = new[] { "K-" + Unique(), "K-" + Unique() };
        var csv = "Externe ID;Name/Firmenname;Branche;Größe;Bundesland;PLZ\n"
            + string.Concat(organisations.Select(o => $"{o};Kunde {o} GmbH;C;small;BB;14467\n"));
        Assert.Equal(2, (await (await staff.PostCsvAsync("/api/imports/organisations", csv)).ReportAsync()).Created);
        return (staff, offering, organisations);
    }

    private static async Task<int> ParticipationsAsync(HttpClient staff, Guid program, string month)
    {
        var csv = await staff.GetStringAsync($"/api/research/kpis.csv?from={month}-01&to={month}-28");
        var line = csv.Split('\n').SingleOrDefault(l => l.StartsWith($"{program},{month},", StringComparison.Ordinal));
        return line is null ? 0 : int.Parse(line.Split(',')[3], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Past_participations_are_counted_by_research_in_their_month_and_a_reimport_counts_nothing_twice()
    {
        var (staff, offering, orgs) = await SetUpAsync();
        var p = Enumerable.Range(0, 5).Select(_ => "T-" + Unique()).ToArray();
        var csv = "Externe ID,Unternehmen,Angebot,Datum\n"
            + $"{p[0]},{orgs[0]},{offering.Id},2025-03-10\n"
            + $"{p[1]},{orgs[1]},{offering.Id},14.03.2025\n"
            + $"{p[2]},unbekannt-{Unique()},{offering.Id},2025-03-10\n"
            + $"{p[3]},{orgs[0]},{offering.Id},2099-01-01\n"
            + $"{p[4]},{orgs[0]},{Guid.NewGuid()},2025-03-10\n";

        var dry = await (await staff.PostCsvAsync(Url + "?dryRun=true", csv)).ReportAsync();
        Assert.Equal((true, 2, 3), (dry.DryRun, dry.Created, dry.Refused));
        Assert.Equal(0, await ParticipationsAsync(staff, offering.ProgramId, "2025-03"));

        var report = await (await staff.PostCsvAsync(Url, csv)).ReportAsync();

        Assert.Equal(["created", "created", "refused", "refused", "refused"], report.Rows.Select(r => r.Outcome));
        Assert.Equal(
            [(4, "Unternehmen"), (5, "Datum"), (6, "Angebot")],
            report.Rows.Where(r => r.Outcome == "refused").Select(r => (r.Row, Assert.Single(r.Problems).Column)));
        Assert.Equal(2, await ParticipationsAsync(staff, offering.ProgramId, "2025-03"));

        var again = await (await staff.PostCsvAsync(Url, csv.Replace("14.03.2025", "2025-03-14", StringComparison.Ordinal))).ReportAsync();

        Assert.Equal((0, 2), (again.Created, again.Unchanged));
        Assert.Equal(2, await ParticipationsAsync(staff, offering.ProgramId, "2025-03"));
        var changed = await (await staff.PostCsvAsync(Url, csv.Replace("14.03.2025", "2025-02-14", StringComparison.Ordinal))).ReportAsync();
        Assert.Equal(("refused", "externalId"), (changed.Rows[1].Outcome, Assert.Single(changed.Rows[1].Problems).Field));
    }

    [Fact]
    public async Task An_xlsx_file_with_date_cells_is_imported()
    {
        var (staff, offering, orgs) = await SetUpAsync();
        var rows = orgs.Select(o => new Dictionary<string, object>
        {
            ["Externe ID"] = "X-" + Unique(),
            ["Unternehmen"] = o,
            ["Angebot"] = offering.Id.ToString(),
            ["Datum"] = new DateTime(2024, 11, 5),
        });

        var report = await (await staff.PostXlsxAsync(Url, rows)).ReportAsync();

        Assert.Equal(2, report.Created);
        Assert.Equal(2, await ParticipationsAsync(staff, offering.ProgramId, "2024-11"));
    }

    [Fact]
    public async Task A_file_without_an_offering_column_gets_400_and_an_organisation_member_is_forbidden()
    {
        using var staff = await host.AdminAsync();
        var bad = await staff.PostCsvAsync(Url, "Externe ID;Unternehmen;Datum\n1;2;2025-01-01\n");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var member = await host.CreateOrganisationAdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.PostCsvAsync(Url, "Externe ID\n1\n")).StatusCode);
    }
}
