using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Recommendations;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Browse;

internal static class CatalogEndpoints
{
    public static void MapCatalogBrowsing(this IEndpointRouteBuilder api)
    {
        // Sorted by fit for a signed-in member whose organisation took the check, unless ?sort=type asks otherwise.
        api.MapGet("/offerings", async (string? type, string? topic, string? sort, HttpContext http, IQuerySession session, CancellationToken ct) =>
            {
                if (sort is not (null or "fit" or "type"))
                {
                    return Refusal.Invalid("sort", "catalog.browse.sort-unknown").ToHttpResult();
                }
                var query = session.Query<CatalogEntry>().Where(o => o.Status == OfferingStatus.Published);
                if (!string.IsNullOrWhiteSpace(type))
                {
                    query = query.Where(o => o.OfferingType == type);
                }
                var entries = await query.OrderBy(o => o.OfferingType).ToListAsync(ct);
                IReadOnlyList<CatalogEntry> listed = string.IsNullOrWhiteSpace(topic)
                    ? entries
                    : entries.Where(e => e.Topics.Contains(topic)).ToList();
                if (sort != "type" && http.User.OrganisationId() is { } organisationId
                    && await RecommendationEndpoints.FindProfileAsync(http.RequestServices, organisationId, ct) is { } profile)
                {
                    listed = FitScoring.Order(profile, listed);
                }
                return Results.Ok(listed);
            })
            .AllowAnonymous()
            .WithName("ListOfferings");
    }
}
