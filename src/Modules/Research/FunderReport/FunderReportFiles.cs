using System.Data;
using System.Text;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>The report as files: an Excel workbook (figures as numbers) and a CSV for German Excel (<c>;</c>, UTF-8 with BOM).</summary>
internal static class FunderReportFiles
{
    public static async Task<byte[]> XlsxAsync(FunderReportModel report, FunderReportLabels labels, CancellationToken ct)
    {
        var h = labels.Headers;
        // A suppressed figure is the text "<5"; every other figure a number, so that the sheet can compute with it.
        static object? Value(FunderCell cell) => cell.Suppressed ? FunderCell.SuppressedText : cell.Value;
        var rows = report.Rows.Select(r => new Dictionary<string, object?>
        {
            [h[0]] = labels.Section(r.Section),
            [h[1]] = labels.Group(r),
            [h[2]] = r.Key,
            [h[3]] = Value(r.Organisations),
            [h[4]] = Value(r.Participations),
            [h[5]] = Value(r.Answers),
            [h[6]] = Value(r.Value),
            [h[7]] = r.Target,
        }).ToList();
        var about = About(report, labels).Select(a => new Dictionary<string, object?> { ["A"] = a.Label, ["B"] = a.Value }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [labels.Get("research.funder.sheet-figures")] = rows,
            [labels.Get("research.funder.sheet-about")] = about,
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, printHeader: true, cancellationToken: ct);
        return stream.ToArray();
    }

    public static async Task<byte[]> CsvAsync(FunderReportModel report, FunderReportLabels labels, CancellationToken ct)
    {
        using var table = new DataTable();
        foreach (var header in labels.Headers)
        {
            table.Columns.Add(header, typeof(string));
        }
        foreach (var row in report.Rows)
        {
            table.Rows.Add([.. labels.Texts(row)]);
        }
        using var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvDataWriter.Create(writer, new CsvDataWriterOptions { Delimiter = ';', Culture = labels.Culture }))
        {
            await csv.WriteAsync(table.CreateDataReader(), ct);
        }
        return stream.ToArray();
    }

    /// <summary>What the figures are about: program, period, the suppression rule.</summary>
    public static IEnumerable<(string Label, string Value)> About(FunderReportModel report, FunderReportLabels labels) =>
    [
        (labels.Get("research.funder.program"), report.ProgramName),
        (labels.Get("research.funder.period"), $"{report.From:yyyy-MM-dd} – {report.To:yyyy-MM-dd}"),
        (labels.Get("research.funder.note-title"), labels.Get("research.funder.note")),
    ];
}
