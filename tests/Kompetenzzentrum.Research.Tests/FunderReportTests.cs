using System.Globalization;
using System.Net;
using Kompetenzzentrum.Testing;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>
/// The report to the funding body (<c>/api/research/programs/{id}/report.xlsx|csv</c>): read back from both files, every
/// figure equals the same aggregate asked over OData, and figures of fewer than five organisations are suppressed.
/// </summary>
public sealed class FunderReportTests(ResearchFixture fixture) : IClassFixture<ResearchFixture>
{
    private static Task<FunderReportSeed>? _seed;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    // The files' German section labels (column "Abschnitt") by section key.
    private static readonly Dictionary<string, string> Sections = new()
    {
        ["targets"] = "Ziele und Ist-Werte",
        ["reached"] = "Erreichte Unternehmen",
        ["format"] = "Teilnahmen nach Format",
        ["federal-state"] = "Teilnahmen nach Bundesland",
        ["size-class"] = "Teilnahmen nach Größenklasse",
        ["industry"] = "Teilnahmen nach Branche (WZ 2008)",
        ["crafts"] = "Handwerksbetriebe",
        ["satisfaction"] = "Zufriedenheit",
        ["maturity"] = "Digitalisierungsgrad T0 → T1",
    };

    private static readonly string[] Figures = ["Unternehmen", "Teilnahmen", "Antworten", "Wert", "Ziel"];

    private Task<FunderReportSeed> SeedAsync() => _seed ??= FunderReportSeed.SeedAsync(fixture);

    [Fact]
    public async Task Every_figure_of_the_xlsx_and_the_csv_equals_the_same_aggregate_over_OData()
    {
        var seed = await SeedAsync();
        using var staff = fixture.CreateAdminClient();
        var query = $"?period={seed.Year}";

        var xlsx = await staff.GetAsync($"/api/research/programs/{seed.ProgramId}/report.xlsx{query}");
        var csv = await staff.GetAsync($"/api/research/programs/{seed.ProgramId}/report.csv{query}");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        var fromXlsx = ReadXlsx(await xlsx.Content.ReadAsByteArrayAsync());
        var fromCsv = ReadCsv(csvBytes);
        Assert.Equal(fromXlsx, fromCsv);

        var expected = await ExpectedOverODataAsync(new FunderReportOData(fixture.Analyst, seed.ProgramId, seed.Year));
        Assert.Equal(expected.Keys.Order(), fromXlsx.Keys.Order());
        foreach (var (line, figures) in expected)
        {
            Assert.True(figures == fromXlsx[line], $"{line}: OData {figures}, report {fromXlsx[line]}");
        }
        // What the seed makes: twelve organisations, six new and six returning, three in a format too small to show.
        Assert.Equal(new Line("12", "", "", "12", "20"), fromXlsx[("targets", "organisations-reached")]);
        Assert.Equal(new Line("6", "", "", "", ""), fromXlsx[("reached", "new")]);
        Assert.Equal(new Line("<5", "<5", "", "", ""), fromXlsx[("format", "kleinformat")]);
        Assert.Equal(new Line("6", "6", "", "", ""), fromXlsx[("crafts", "crafts")]);
        Assert.Equal(new Line("6", "", "6", "4.33", ""), fromXlsx[("satisfaction", "mean")]);
        Assert.Equal(new Line("6", "", "", "22.5", ""), fromXlsx[("maturity", "change")]);
    }

    /// <summary>Organisations, participations, answers, value, target of one line, as invariant text ("" none, "&lt;5" suppressed).</summary>
    private sealed record Line(string Organisations, string Participations, string Answers, string Value, string Target);

    private static async Task<Dictionary<(string, string), Line>> ExpectedOverODataAsync(FunderReportOData odata)
    {
        var lines = new Dictionary<(string, string), Line>();
        void Add(string section, string key, int organisations, int? participations = null, int? answers = null, double? value = null,
            int? target = null)
        {
            string Cell(double? figure) => figure is null ? "" : organisations < 5 ? "<5" : Text(figure.Value);
            lines[(section, key)] = new Line(Cell(organisations), Cell(participations), Cell(answers), Cell(value), target is { } t ? Text(t) : "");
        }
        var total = Assert.Single(await odata.ByAsync("ProgramId"));
        var (answers, satisfied) = await odata.AnswersAsync();
        Add("targets", "organisations-reached", total.Organisations, value: total.Organisations, target: 20);
        Add("targets", "participations", total.Organisations, total.Participations, value: total.Participations, target: 40);
        Add("targets", "satisfied-share", answers.Organisations, answers: answers.Count, value: Round(100.0 * satisfied / answers.Count, 1),
            target: 80);
        var (@new, returning) = await odata.NewAndReturningAsync();
        Add("reached", "total", total.Organisations);
        Add("reached", "new", @new);
        Add("reached", "returning", returning);
        foreach (var (section, property) in new[]
            { ("format", "OfferingType"), ("federal-state", "FederalState"), ("size-class", "SizeClass"), ("industry", "Industry") })
        {
            foreach (var group in await odata.ByAsync(property))
            {
                var key = property switch
                {
                    "OfferingType" => group.OfferingType,
                    "FederalState" => group.FederalState,
                    "SizeClass" => group.SizeClass,
                    _ => group.Industry,
                };
                Add(section, key ?? "unknown", group.Organisations, group.Participations);
            }
        }
        foreach (var (key, filter) in new[] { ("crafts", " and Industry eq 'F'"), ("other", " and (Industry ne 'F' or Industry eq null)") })
        {
            foreach (var group in await odata.ByAsync("ProgramId", filter))
            {
                Add("crafts", key, group.Organisations, group.Participations);
            }
        }
        Add("satisfaction", "mean", answers.Organisations, answers: answers.Count, value: Round(answers.Mean, 2));
        var (organisations, t0, t1) = await odata.MaturityAsync();
        Add("maturity", "t0", organisations, value: Round(t0, 1));
        Add("maturity", "t1", organisations, value: Round(t1, 1));
        Add("maturity", "change", organisations, value: Round(t1, 1) - Round(t0, 1));
        return lines;
    }

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    private static string Text(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static (string, string) LineKey(IDictionary<string, object?> row)
    {
        Assert.True(row.ContainsKey("Abschnitt"), "columns: " + string.Join(", ", row.Select(c => $"{c.Key}={c.Value}")));
        return (Sections.Single(s => s.Value == (string?)row["Abschnitt"]).Key, (string)row["Schlüssel"]!);
    }

    private static Dictionary<(string, string), Line> ReadXlsx(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .ToDictionary(LineKey, row =>
            {
                var cells = Figures.Select(f => row[f] switch
                {
                    null => "",
                    double d => Text(d),
                    var other => other.ToString()!,
                }).ToList();
                return new Line(cells[0], cells[1], cells[2], cells[3], cells[4]);
            });
    }

    private static Dictionary<(string, string), Line> ReadCsv(byte[] file)
    {
        // Without the byte order mark (checked above), so the first header is "Abschnitt".
        using var stream = new MemoryStream(file, 3, file.Length - 3);
        return MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.CSV, configuration: new CsvConfiguration { Seperator = ';' })
            .Cast<IDictionary<string, object?>>()
            .ToDictionary(LineKey, row =>
            {
                // German numbers (4,33) in the file; compared as invariant text.
                var cells = Figures.Select(f => row[f]?.ToString() is { Length: > 0 } text && double.TryParse(text, German, out var d)
                    ? Text(d)
                    : row[f]?.ToString() ?? "").ToList();
                return new Line(cells[0], cells[1], cells[2], cells[3], cells[4]);
            });
    }

    [Fact]
    public async Task A_bad_period_is_a_400_naming_the_field_and_an_unknown_program_a_404()
    {
        var seed = await SeedAsync();
        using var staff = fixture.CreateAdminClient();
        var report = $"/api/research/programs/{seed.ProgramId}/report.csv";

        foreach (var (query, field) in new[]
        {
            ("?period=2026-Q5", "period"), ("?period=letztes-jahr", "period"), ("?period=2026&from=2026-01-01", "period"),
            ("?from=2026-13-01&to=2026-12-31", "from"), ("?from=2026-03-01", "to"), ("?from=2026-03-01&to=2026-02-01", "to"),
        })
        {
            var problem = await HttpAnswers.Problem(await staff.GetAsync(report + query), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query}: {problem}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/research/programs/{Guid.NewGuid()}/report.xlsx")).StatusCode);
    }

    [Fact]
    public async Task Staff_and_analysts_read_it_members_do_not()
    {
        var seed = await SeedAsync();
        var analyst = await fixture.CreateUserAsync(Kompetenzzentrum.Contracts.Security.Roles.Analyst);
        var member = fixture.Organisations[0].Client;

        var quarter = await analyst.Client.GetAsync($"/api/research/programs/{seed.ProgramId}/report.csv?period={seed.Year}-Q1");
        var forbidden = await member.GetAsync($"/api/research/programs/{seed.ProgramId}/report.csv");

        Assert.Equal(HttpStatusCode.OK, quarter.StatusCode);
        // The first quarter holds the crafts businesses' workshop (January), not the new firms' consultations (today, unless in Q1).
        Assert.Contains("werkstatt", await quarter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
