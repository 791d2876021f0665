using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Dashboard;

/// <summary>The staff dashboard's figures over the API, a thin adapter over <see cref="StaffDashboard"/> (as the page is).</summary>
internal static class StaffDashboardEndpoints
{
    public static void MapStaffDashboard(this IEndpointRouteBuilder api) =>
        api.MapGet("/dashboard", LoadAsync).RequireAuthorization(Policies.OfferingManager).WithName("CatalogStaffDashboard")
            .Produces<StaffDashboardFigures>();

    private static async Task<IResult> LoadAsync(HttpContext http, StaffDashboard dashboard, CancellationToken ct) =>
        (await dashboard.LoadAsync(http.User, ct)).ToHttpResult(figures => Results.Ok(figures));
}
