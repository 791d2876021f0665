using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Dashboard;

/// <summary>
/// The staff dashboard page at <c>/backoffice/kennzahlen</c>: the figures of <see cref="StaffDashboard"/> as bar charts,
/// each drawn in a table that is its text alternative.
/// </summary>
internal static class StaffDashboardPages
{
    public const string Path = "/backoffice/kennzahlen";

    public static NavigationItem Navigation => new(Path, new LocalizedText("Kennzahlen", "Key figures"), NavigationArea.Staff, 48);

    public static void MapStaffDashboardPages(this IEndpointRouteBuilder pages) =>
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.OfferingManager);

    private static async Task<IResult> ShowAsync(
        HttpContext http, StaffDashboard dashboard, IEnumerable<OfferingTypeDefinition> types, CancellationToken ct)
    {
        // The query refuses nothing: every caller allowed here sees the figures of the offerings they manage.
        var figures = (await dashboard.LoadAsync(http.User, ct)).Value;
        var names = types.ToDictionary(t => t.Key, t => t.Name.For(CultureInfo.CurrentUICulture), StringComparer.Ordinal);
        return UiPages.Render<StaffDashboardPage>(new { Model = figures, TypeNames = names });
    }
}
