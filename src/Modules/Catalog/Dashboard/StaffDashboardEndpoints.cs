using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Dashboard;

/// <summary>
/// The staff dashboard's figures over the API, a thin adapter over <see cref="StaffDashboard"/> (as the page is); filters
/// <c>?type=&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>, a bad one answered 400 naming its parameter.
/// </summary>
internal static class StaffDashboardEndpoints
{
    public static void MapStaffDashboard(this IEndpointRouteBuilder api) =>
        api.MapGet("/dashboard", LoadAsync).RequireAuthorization(Policies.OfferingManager).WithName("CatalogStaffDashboard")
            .Produces<StaffDashboardFigures>().ProducesValidationProblem();

    // The filters are read as text, so that a bad date is the handler's refusal naming its field, not a binding failure.
    private static async Task<IResult> LoadAsync(string? type, string? from, string? to, HttpContext http, StaffDashboard dashboard,
        CancellationToken ct) =>
        (await dashboard.LoadAsync(http.User, new DashboardQuery(type, from, to), ct)).ToHttpResult(figures => Results.Ok(figures));
}
