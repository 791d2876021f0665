using System.Security.Claims;
using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>An offering after a change, with its version (the ETag).</summary>
internal sealed record ChangedOffering(CatalogEntry Entry, long Version);

/// <summary>
/// Staff revise, publish and archive an offering. Each write names the version it was based on in
/// <c>If-Match</c> (required for a revision, optional for publish and archive); a stale one answers 412.
/// </summary>
internal static class ChangeOffering
{
    public static void MapChangeOffering(this IEndpointRouteBuilder api)
    {
        api.MapPut("/offerings/{id:guid}", Revise).RequireAuthorization(Policies.OfferingManager).WithName("ReviseOffering").ReadsIfMatch(true)
            .Produces<CatalogEntry>();
        api.MapPost("/offerings/{id:guid}/publish",
                (Guid id, HttpRequest request, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                    Change(id, request, session, (entry, now) => OfferingDecider.Publish(entry, now), clock, ct))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("PublishOffering").ReadsIfMatch(false)
            .Produces<CatalogEntry>();
        api.MapPost("/offerings/{id:guid}/archive",
                (Guid id, HttpRequest request, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                    Change(id, request, session, (entry, now) => OfferingDecider.Archive(entry, now), clock, ct))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("ArchiveOffering").ReadsIfMatch(false)
            .Produces<CatalogEntry>();
    }

    private static async Task<IResult> Revise(
        Guid id, DetailsInput body, HttpRequest request, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        // Bad input is told before a missing If-Match, so a client learns everything wrong with its body at once:
        // without a usable If-Match the handler runs only to refuse the body.
        var ifMatchAnswer = EntityTags.RequireIfMatch(request, out var expected);
        if (ifMatchAnswer is not null && OfferingDecider.Validate(body, []) is not null)
        {
            return ifMatchAnswer;
        }
        return (await ReviseAsync(id, body, expected, request.HttpContext.User, session, clock, ct)).ToHttpResult();
    }

    /// <summary>Revises the details based on version <paramref name="expected"/> (the API's If-Match, a page's hidden field).</summary>
    internal static async Task<Result<ChangedOffering>> ReviseAsync(
        Guid id, DetailsInput body, long? expected, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (OfferingDecider.Validate(body, errors) is not { } details)
        {
            return Refusal.Invalid(errors);
        }
        return await ChangeAsync(id, expected, user, session, (entry, now) => OfferingDecider.Revise(entry, details, now), clock, ct);
    }

    /// <summary>The API's answer to a change: the offering with its ETag, a 412 naming the current one, or the refusal.</summary>
    public static IResult ToHttpResult(this Result<ChangedOffering> result) =>
        result.Match(changed => Results.Ok(changed.Entry).WithETag(changed.Version), StaleVersions.ToHttpResult);

    private static async Task<IResult> Change(
        Guid id,
        HttpRequest request,
        IDocumentSession session,
        Func<CatalogEntry, DateTimeOffset, Decision> decide,
        TimeProvider clock,
        CancellationToken ct)
    {
        if (EntityTags.ReadIfMatch(request, out var expected) is { } ifMatchAnswer)
        {
            return ifMatchAnswer;
        }
        return (await ChangeAsync(id, expected, request.HttpContext.User, session, decide, clock, ct)).ToHttpResult();
    }

    /// <summary>Publishes (or archives) the offering, based on version <paramref name="expected"/> when given.</summary>
    internal static Task<Result<ChangedOffering>> PublishAsync(
        Guid id, long? expected, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, expected, user, session, (entry, now) => OfferingDecider.Publish(entry, now), clock, ct);

    internal static Task<Result<ChangedOffering>> ArchiveAsync(
        Guid id, long? expected, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, expected, user, session, (entry, now) => OfferingDecider.Archive(entry, now), clock, ct);

    private static async Task<Result<ChangedOffering>> ChangeAsync(
        Guid id,
        long? expected,
        ClaimsPrincipal user,
        IDocumentSession session,
        Func<CatalogEntry, DateTimeOffset, Decision> decide,
        TimeProvider clock,
        CancellationToken ct)
    {
        if (!await OfferingOwnership.MayManageAsync(session, user, id, ct))
        {
            return Refusal.NotFound("catalog.offering-not-found");
        }
        try
        {
            var stream = expected is { } version
                ? await session.Events.FetchForWriting<CatalogEntry>(id, version, ct)
                : await session.Events.FetchForWriting<CatalogEntry>(id, ct);
            if (stream.Aggregate is not { } entry)
            {
                return Refusal.NotFound("catalog.offering-not-found");
            }
            var decision = decide(entry, clock.GetUtcNow());
            if (decision.Refused is { } refused)
            {
                return refused;
            }
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            var current = (stream.StartingVersion ?? 0) + decision.Events.Count;
            var updated = decision.Events.Aggregate(entry, Evolve);
            return new ChangedOffering(updated, current);
        }
        catch (ConcurrencyException)
        {
            var state = await session.Events.FetchStreamStateAsync(id, ct);
            return state is null ? Refusal.NotFound("catalog.offering-not-found") : StaleVersions.Refusal(state.Version);
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
