using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Browse;

internal static class CatalogEndpoints
{
    public static void MapCatalogBrowsing(this IEndpointRouteBuilder api)
    {
        api.MapGet("/programs", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<ProgramSummary>().OrderBy(p => p.Starts).ToListAsync(ct)))
            .AllowAnonymous()
            .WithName("ListPrograms");
        api.MapGet("/offerings", async (string? type, string? topic, IQuerySession session, CancellationToken ct) =>
            {
                var query = session.Query<CatalogEntry>().Where(o => o.Status == "published");
                if (!string.IsNullOrWhiteSpace(type))
                {
                    query = query.Where(o => o.OfferingType == type);
                }
                var entries = await query.OrderBy(o => o.OfferingType).ToListAsync(ct);
                return Results.Ok(string.IsNullOrWhiteSpace(topic) ? entries : entries.Where(e => e.Topics.Contains(topic)).ToList());
            })
            .AllowAnonymous()
            .WithName("ListOfferings");
    }
}
