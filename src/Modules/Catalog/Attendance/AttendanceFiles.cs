using System.Globalization;
using System.Text;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Kompetenzzentrum.Modules.Catalog.Attendance;

/// <summary>
/// The attendance list as files for staff: CSV as German Excel opens it (<c>;</c>, UTF-8 with BOM) and xlsx, both written
/// by MiniExcel, with the column names in the request's language and an empty signature column.
/// </summary>
internal static class AttendanceFiles
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(AttendanceSheetModel sheet, ITexts texts)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, Rows(sheet, texts), excelType: ExcelType.CSV,
            configuration: new CsvConfiguration { Seperator = ';', StreamWriterFunc = s => new StreamWriter(s, new UTF8Encoding(true)) });
        return stream.ToArray();
    }

    public static byte[] Xlsx(AttendanceSheetModel sheet, ITexts texts)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, Rows(sheet, texts), sheetName: texts.Get("catalog.attendance.sheet"), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The file name: <c>anwesenheit-2026-12-24.csv</c>, by the session's day in Berlin.</summary>
    public static string FileName(AttendanceSheetModel sheet, string extension) =>
        $"anwesenheit-{TimeZoneInfo.ConvertTime(sheet.Session.StartsAt, UiText.Berlin):yyyy-MM-dd}.{extension}";

    private static IEnumerable<Dictionary<string, object>> Rows(AttendanceSheetModel sheet, ITexts texts)
    {
        var (number, name, organisation, status, signature) = (texts.Get("catalog.attendance.column.number"),
            texts.Get("catalog.attendance.column.name"), texts.Get("catalog.attendance.column.organisation"),
            texts.Get("catalog.attendance.column.status"), texts.Get("catalog.attendance.column.signature"));
        return sheet.Rows.Select(r => new Dictionary<string, object>
        {
            [number] = r.Number.ToString(CultureInfo.InvariantCulture),
            [name] = r.Name,
            [organisation] = r.Organisation,
            [status] = r.Status,
            [signature] = "",
        });
    }
}
