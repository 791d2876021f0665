using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using KzPlugin.Stations;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace KzPlugin.Overview;

/// <summary>The plugin's back-office page: its stations, rendered in the host's layout (German, English through the switch).</summary>
internal static class StationPages
{
    public const string Path = "/kzplugin";

    public static void MapStationPages(this IEndpointRouteBuilder pages) =>
        pages.MapGet(Path, async (IQuerySession session, CancellationToken ct) =>
                UiPages.Render<StationsPage>(new
                {
                    Stations = (await session.Query<Station>().OrderBy(s => s.Name).ToListAsync(ct))
                        .Select(s => new StationsPage.StationView(s.Name, s.Places, s.LastMaintainedAt)).ToList(),
                }))
            .RequireAuthorization(Policies.Staff);
}
