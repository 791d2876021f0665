using System.Globalization;
using System.Text;
using Kompetenzzentrum.Contracts.Imports;
using MiniExcelLibs;
using Sylvan.Data.Csv;

namespace Kompetenzzentrum.Host.Imports;

/// <summary>
/// An uploaded CSV (UTF-8, <c>;</c> or <c>,</c> detected from the header line) or Excel <c>.xlsx</c> file (first sheet) as
/// headers and rows of text, read by maintained libraries: Sylvan.Data.Csv and MiniExcel. Blank rows are skipped but counted.
/// </summary>
internal sealed class ImportFileReader : IImportFileReader
{
    public async Task<ImportTable?> ReadAsync(Stream file, string? fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        try
        {
            return IsZip(buffer) || fileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true ? ReadXlsx(buffer) : ReadCsv(buffer);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException or IOException
            or DecoderFallbackException or CsvFormatException)
        {
            return null;
        }
    }

    private static bool IsZip(MemoryStream buffer) => buffer.Length > 4 && buffer.GetBuffer() is [(byte)'P', (byte)'K', 3, 4, ..];

    private static ImportTable ReadCsv(MemoryStream buffer)
    {
        // Strict UTF-8: a file saved in another encoding is refused instead of read with replaced letters.
        using var text = new StreamReader(buffer, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        var first = text.ReadLine() ?? "";
        buffer.Position = 0;
        text.DiscardBufferedData();
        var options = new CsvDataReaderOptions { Delimiter = Delimiter(first), HeaderComparer = StringComparer.OrdinalIgnoreCase };
        using var csv = CsvDataReader.Create(text, options);
        var headers = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        var rows = new List<ImportRow>();
        var number = 1;
        while (csv.Read())
        {
            number++;
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < Math.Min(csv.RowFieldCount, headers.Count); i++)
            {
                cells.TryAdd(headers[i], csv.GetString(i));
            }
            Add(rows, number, cells);
        }
        return new ImportTable(headers, rows);
    }

    // The separator that occurs most often in the header line outside quotes: German Excel writes ';', most tools ','.
    private static char Delimiter(string header)
    {
        var (semicolons, commas, quoted) = (0, 0, false);
        foreach (var c in header)
        {
            quoted ^= c == '"';
            semicolons += !quoted && c == ';' ? 1 : 0;
            commas += !quoted && c == ',' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static ImportTable ReadXlsx(MemoryStream buffer)
    {
        var headers = new List<string>();
        var rows = new List<ImportRow>();
        var number = 1;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(buffer, useHeaderRow: true, excelType: ExcelType.XLSX))
        {
            if (headers.Count == 0)
            {
                headers.AddRange(row.Keys.Select(k => k.Trim()));
            }
            number++;
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in row)
            {
                cells.TryAdd(key.Trim(), Text(value));
            }
            Add(rows, number, cells);
        }
        return new ImportTable(headers, rows);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void Add(List<ImportRow> rows, int number, Dictionary<string, string> cells)
    {
        if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            rows.Add(new ImportRow(number, cells));
        }
    }
}
