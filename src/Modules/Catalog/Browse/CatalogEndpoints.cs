using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Browse;

internal static class CatalogEndpoints
{
    public static void MapCatalogBrowsing(this IEndpointRouteBuilder api)
    {
        api.MapGet("/offerings", async (string? type, string? topic, IQuerySession session, CancellationToken ct) =>
            {
                var query = session.Query<CatalogEntry>().Where(o => o.Status == OfferingStatus.Published);
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
