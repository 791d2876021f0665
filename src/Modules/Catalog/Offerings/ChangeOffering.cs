using System.Security.Claims;
using JasperFx;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Decision = Kompetenzzentrum.Contracts.Application.Decision;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>
/// Staff revise, publish and archive an offering. Each write names the version it was based on in
/// <c>If-Match</c> (required for a revision, optional for publish and archive); a stale one answers 412.
/// </summary>
internal static class ChangeOffering
{
    public static void MapChangeOffering(this IEndpointRouteBuilder api)
    {
        api.MapPut("/offerings/{id:guid}", Revise).RequireAuthorization(Policies.OfferingManager).WithName("ReviseOffering");
        api.MapPost("/offerings/{id:guid}/publish", (Guid id, HttpRequest request, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Change(id, request, session, (entry, now) => OfferingDecider.Publish(entry, now), clock, ct)).RequireAuthorization(Policies.OfferingManager).WithName("PublishOffering");
        api.MapPost("/offerings/{id:guid}/archive", (Guid id, HttpRequest request, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            Change(id, request, session, (entry, now) => OfferingDecider.Archive(entry, now), clock, ct)).RequireAuthorization(Policies.OfferingManager).WithName("ArchiveOffering");
    }

    private static async Task<IResult> Revise(Guid id, DetailsInput body, HttpRequest request, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems();
        if (OfferingDecider.Validate(body, problems) is null)
        {
            return problems.ToResult();
        }
        if (EntityTags.RequireIfMatch(request, out var expected) is { } ifMatchAnswer)
        {
            return ifMatchAnswer;
        }
        return await ReviseAsync(id, body, expected, request.HttpContext.User, session, clock, ct);
    }

    /// <summary>Revises the details based on version <paramref name="expected"/> (the API's If-Match, a page's hidden field).</summary>
    internal static async Task<IResult> ReviseAsync(Guid id, DetailsInput body, long? expected, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems();
        var details = OfferingDecider.Validate(body, problems);
        if (details is null)
        {
            return problems.ToResult();
        }
        return await ChangeAsync(id, expected, user, session, (entry, now) => OfferingDecider.Revise(entry, details, now), clock, ct);
    }

    private static async Task<IResult> Change(
        Guid id, HttpRequest request, IDocumentSession session, Func<CatalogEntry, DateTimeOffset, Decision> decide, TimeProvider clock, CancellationToken ct)
    {
        if (EntityTags.ReadIfMatch(request, out var expected) is { } ifMatchAnswer)
        {
            return ifMatchAnswer;
        }
        return await ChangeAsync(id, expected, request.HttpContext.User, session, decide, clock, ct);
    }

    /// <summary>Publishes (or archives) the offering, based on version <paramref name="expected"/> when given.</summary>
    internal static Task<IResult> PublishAsync(Guid id, long? expected, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, expected, user, session, (entry, now) => OfferingDecider.Publish(entry, now), clock, ct);

    internal static Task<IResult> ArchiveAsync(Guid id, long? expected, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, expected, user, session, (entry, now) => OfferingDecider.Archive(entry, now), clock, ct);

    private static async Task<IResult> ChangeAsync(
        Guid id, long? expected, ClaimsPrincipal user, IDocumentSession session, Func<CatalogEntry, DateTimeOffset, Decision> decide, TimeProvider clock, CancellationToken ct)
    {
        if (!await OfferingOwnership.MayManageAsync(session, user, id, ct))
        {
            return Results.NotFound();
        }
        try
        {
            var stream = expected is { } version
                ? await session.Events.FetchForWriting<CatalogEntry>(id, version, ct)
                : await session.Events.FetchForWriting<CatalogEntry>(id, ct);
            if (stream.Aggregate is not { } entry)
            {
                return Results.NotFound();
            }
            var decision = decide(entry, clock.GetUtcNow());
            if (decision.Refused is { } refused)
            {
                return refused.ToHttpResult();
            }
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            var current = (stream.StartingVersion ?? 0) + decision.Events.Count;
            var updated = decision.Events.Aggregate(entry, Evolve);
            return Results.Ok(updated).WithETag(current);
        }
        catch (ConcurrencyException)
        {
            var state = await session.Events.FetchStreamStateAsync(id, ct);
            return state is null ? Results.NotFound() : EntityTags.Stale(state.Version);
        }
    }

    private static CatalogEntry Evolve(CatalogEntry entry, object e) => e switch
    {
        OfferingRevised r => CatalogEntryProjection.Apply(r, entry),
        OfferingPublished p => CatalogEntryProjection.Apply(p, entry),
        OfferingArchived a => CatalogEntryProjection.Apply(a, entry),
        _ => entry,
    };
}
