using System.Globalization;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>
/// The staff menu's way to the reports: the needs report and the program KPI CSV for a chosen period. Plain GET forms that
/// open the API's own routes (<see cref="ReportEndpoints"/>, <see cref="ProgramKpis"/>), so there is one implementation.
/// </summary>
internal static class ReportsPages
{
    public const string Path = "/backoffice/berichte";

    public static void MapReportsPages(this IEndpointRouteBuilder pages) =>
        pages.MapGet(Path, (TimeProvider clock) =>
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UiText.Berlin).Date);
            return UiPages.Render<ReportsPage>(new
            {
                From = today.AddYears(-1).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                To = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }).RequireAuthorization(Policies.Staff);
}
