using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Attendance;

/// <summary>
/// A session's attendance list as downloads for the offering's staff: <c>GET /sessions/{id}/attendance.csv</c> and
/// <c>.xlsx</c> (column names in the request's language). Sessions the caller does not manage answer 404.
/// </summary>
internal static class AttendanceListEndpoints
{
    public static void MapAttendanceLists(this IEndpointRouteBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/attendance.csv", (Guid id, HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct) =>
                FileAsync(id, http, session, texts, "csv", ct))
            .RequireAuthorization(Policies.OfferingManager).WithName("AttendanceCsv");
        api.MapGet("/sessions/{id:guid}/attendance.xlsx", (Guid id, HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct) =>
                FileAsync(id, http, session, texts, "xlsx", ct))
            .RequireAuthorization(Policies.OfferingManager).WithName("AttendanceXlsx");
    }

    private static async Task<IResult> FileAsync(Guid id, HttpContext http, IQuerySession session, ITexts texts, string kind, CancellationToken ct)
    {
        if (await AttendanceSheet.LoadAsync(id, http.User, session, http.RequestServices, texts, ct) is not { } sheet)
        {
            return Results.NotFound();
        }
        return kind == "csv"
            ? Results.File(AttendanceFiles.Csv(sheet, texts), AttendanceFiles.CsvType, AttendanceFiles.FileName(sheet, "csv"))
            : Results.File(AttendanceFiles.Xlsx(sheet, texts), AttendanceFiles.XlsxType, AttendanceFiles.FileName(sheet, "xlsx"));
    }
}
