using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Dashboard;

/// <summary>
/// The staff dashboard page at <c>/backoffice/kennzahlen</c>: the figures of <see cref="StaffDashboard"/> as bar charts,
/// each drawn in a table that is its text alternative, with the filters (offering type, period) as a GET form above them.
/// </summary>
internal static class StaffDashboardPages
{
    public const string Path = "/backoffice/kennzahlen";

    public static NavigationItem Navigation => new(Path, new LocalizedText("Kennzahlen", "Key figures"), NavigationArea.Staff, 48);

    public static void MapStaffDashboardPages(this IEndpointRouteBuilder pages) =>
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.OfferingManager);

    private static async Task<IResult> ShowAsync(
        HttpContext http, StaffDashboard dashboard, IEnumerable<OfferingTypeDefinition> types, ITexts texts, CancellationToken ct)
    {
        // The filters are a GET form: what was typed stays in its fields, a refused one with its error next to it.
        var state = FormState.Empty();
        foreach (var field in Fields)
        {
            state.With(field, http.Request.Query[field].ToString() is { Length: > 0 } v ? v : null);
        }
        var result = await dashboard.LoadAsync(http.User, new DashboardQuery(state.Value("type"), state.Value("from"), state.Value("to")), ct);
        var status = StatusCodes.Status200OK;
        if (result.Refusal is { } refused)
        {
            // Every caller allowed here sees the figures of the offerings they manage; with a bad filter, unfiltered.
            state.Absorb(refused, texts);
            state.Summary = texts.Get("catalog.dashboard.check-filters");
            (result, status) = (await dashboard.LoadAsync(http.User, new DashboardQuery(), ct), StatusCodes.Status400BadRequest);
        }
        var names = types.ToDictionary(t => t.Key, t => t.Name.For(CultureInfo.CurrentUICulture), StringComparer.Ordinal);
        return UiPages.Render<StaffDashboardPage>(new { Model = result.Value, TypeNames = names, State = state }, status);
    }

    private static readonly string[] Fields = ["type", "from", "to"];
}
