using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Security;
using Marten;
using Marten.Events.Projections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Offerings;

/// <summary>
/// A published sprint offering as this module knows it: learnt from the public <see cref="OfferingPublished"/>
/// event, never from the catalog's documents. Keyed by the offering id (a document of this module's own type).
/// </summary>
internal sealed record SprintOffering(Guid Id, IReadOnlyList<string> Topics, DateTimeOffset PublishedAt);

/// <summary>Collects the sprint offerings; offerings of other types are skipped.</summary>
internal sealed partial class SprintOfferingProjection : MultiStreamProjection<SprintOffering, Guid>
{
    public SprintOfferingProjection() =>
        Identities<OfferingPublished>(e => e.OfferingType == SprintOfferingType.Key ? [e.OfferingId] : []);

    public static SprintOffering Create(OfferingPublished e) => new(e.OfferingId, e.Topics, e.PublishedAt);

    public static SprintOffering Apply(OfferingPublished e, SprintOffering offering) =>
        offering with { Topics = e.Topics, PublishedAt = e.PublishedAt };
}

/// <summary>Which sprint offerings an organisation can apply for.</summary>
internal static class SprintOfferingEndpoints
{
    public static void MapSprintOfferings(this IEndpointRouteBuilder api) =>
        api.MapGet("/offerings", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<SprintOffering>().OrderBy(o => o.PublishedAt).ToListAsync(ct)))
            .RequireAuthorization(Policies.SignedIn).WithName("ListSprintOfferings");
}
