using System.Globalization;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>
/// The report to the funding body as files: <c>GET /api/research/programs/{id}/report.xlsx</c> and <c>report.csv</c>, with
/// <c>period=2026-Q3|2026|term</c> or <c>from</c>/<c>to</c>; staff and analysts.
/// </summary>
internal static class FunderReportEndpoints
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static void MapFunderReports(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/programs/{id:guid}").RequireAuthorization(Policies.Reporting);
        group.MapGet("/report.xlsx", (Guid id, string? period, string? from, string? to, HttpContext http, CancellationToken ct) =>
                FileAsync(new(id, period, from, to), http, xlsx: true, ct))
            .WithName("ResearchFunderReportXlsx");
        group.MapGet("/report.csv", (Guid id, string? period, string? from, string? to, HttpContext http, CancellationToken ct) =>
                FileAsync(new(id, period, from, to), http, xlsx: false, ct))
            .WithName("ResearchFunderReportCsv");
    }

    private static async Task<IResult> FileAsync(FunderReports.Request request, HttpContext http, bool xlsx, CancellationToken ct)
    {
        var services = http.RequestServices;
        var result = await services.GetRequiredService<FunderReports>().LoadAsync(request, ct);
        if (result.Refusal is { } refused)
        {
            return refused.ToHttpResult();
        }
        var report = result.Value;
        // The files go to the (German) funding body: German headers and numbers, whatever the caller's language.
        var labels = new FunderReportLabels(
            services.GetRequiredService<ITexts>().In(German), services.GetServices<OfferingTypeDefinition>(), German);
        var name = $"foerderbericht-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}";
        return xlsx
            ? Results.File(await FunderReportFiles.XlsxAsync(report, labels, ct),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : Results.File(await FunderReportFiles.CsvAsync(report, labels, ct), "text/csv; charset=utf-8", name + ".csv");
    }
}
