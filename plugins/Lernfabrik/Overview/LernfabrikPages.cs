using Kompetenzzentrum.Contracts.Ui;
using Lernfabrik.Plugin.Stations;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Lernfabrik.Plugin.Overview;

/// <summary>
/// The plugin's own page: the model factory's workshop type and its stations, rendered in the host's layout
/// although the component lives in the plugin's assembly load context.
/// </summary>
internal static class LernfabrikPages
{
    public const string Path = "/lernfabrik";

    public static void MapLernfabrikPages(this IEndpointRouteBuilder pages) =>
        pages.MapGet(Path, async (IQuerySession session, CancellationToken ct) =>
                UiPages.Render<LernfabrikPage>(new
                {
                    Stations = (await session.Query<Station>().OrderBy(s => s.Name).ToListAsync(ct))
                        .Select(s => new LernfabrikPage.StationView(s.Name, s.Topic, s.Places, s.LastMaintainedAt)).ToList(),
                }))
            .AllowAnonymous();
}
