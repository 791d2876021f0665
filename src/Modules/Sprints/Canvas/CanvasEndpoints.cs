using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Canvas;

internal sealed record CanvasInput(CanvasBlocks? Blocks);

internal sealed record CanvasVersion(long Version, DateTimeOffset SavedAt, CanvasBlocks Blocks);

/// <summary>
/// Staff and the SME's members edit the as-is and the to-be canvas concurrently; every save is a version.
/// The first save needs no <c>If-Match</c>; every later one does (428 without, 412 when stale; <see cref="CanvasHandler"/>).
/// </summary>
internal static class CanvasEndpoints
{
    public static void MapCanvas(this IEndpointRouteBuilder api)
    {
        api.MapPut("/engagements/{engagementId:guid}/canvas/{kind}", PutAsync).RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("SaveSprintCanvas").ReadsIfMatch(false);
        api.MapGet("/engagements/{engagementId:guid}/canvas/diff", DiffAsync).RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("DiffSprintCanvas");
        api.MapGet("/engagements/{engagementId:guid}/canvas/{kind}", GetAsync).RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("GetSprintCanvas");
        api.MapGet("/engagements/{engagementId:guid}/canvas/{kind}/versions", VersionsAsync).RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("ListSprintCanvasVersions");
    }

    private static async Task<IResult> PutAsync(
        Guid engagementId, string kind, CanvasInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (!EntityTags.TryReadIfMatch(http.Request, out var expected))
        {
            return CanvasKinds.IsKnown(kind) ? EntityTags.Unreadable() : Results.NotFound();
        }
        return (await CanvasHandler.SaveAsync(engagementId, kind, body, expected, http, session, clock, ct))
            .Match(canvas => Results.Ok(canvas).WithETag(canvas.Version), Refused);
    }

    // A save naming no version answers 428, a stale one 412 naming the current ETag, as every versioned write of the house.
    private static IResult Refused(Refusal refusal) => refusal switch
    {
        { Code: CanvasDecider.VersionRequired } => EntityTags.Required(),
        { Kind: RefusalKind.Stale } => EntityTags.Stale(refusal.Args.TryGetValue("version", out var v) ? v as long? : null),
        { Kind: RefusalKind.NotFound } => Results.NotFound(),
        _ => refusal.ToHttpResult(),
    };

    private static async Task<IResult> GetAsync(Guid engagementId, string kind, long? version, HttpContext http, IQuerySession session,
        CancellationToken ct)
    {
        if (!CanvasKinds.IsKnown(kind) || await EngagementCommands.FindAsync(session, http, engagementId, ct) is null
            || await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(engagementId, kind), ct) is not { } canvas)
        {
            return Results.NotFound();
        }
        if (version is null)
        {
            return Results.Ok(canvas).WithETag(canvas.Version);
        }
        var versions = await VersionListAsync(session, canvas.Id, ct);
        return versions.FirstOrDefault(v => v.Version == version) is { } old
            ? Results.Ok(canvas with { Blocks = old.Blocks, Version = old.Version, UpdatedAt = old.SavedAt })
            : Refusal.Invalid("version", "sprints.canvas-versions", TextArgs.Of(("version", canvas.Version))).ToHttpResult();
    }

    private static async Task<IResult> VersionsAsync(Guid engagementId, string kind, HttpContext http, IQuerySession session, CancellationToken ct) =>
        !CanvasKinds.IsKnown(kind) || await EngagementCommands.FindAsync(session, http, engagementId, ct) is null
            ? Results.NotFound()
            : Results.Ok(await VersionListAsync(session, CanvasKinds.StreamId(engagementId, kind), ct));

    private static async Task<IResult> DiffAsync(Guid engagementId, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (await EngagementCommands.FindAsync(session, http, engagementId, ct) is null)
        {
            return Results.NotFound();
        }
        var asIs = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(engagementId, CanvasKinds.AsIs), ct);
        var toBe = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(engagementId, CanvasKinds.ToBe), ct);
        return Results.Ok(new
        {
            asIsVersion = asIs?.Version,
            toBeVersion = toBe?.Version,
            blocks = CanvasDiff.Between(asIs?.Blocks ?? CanvasBlocks.Empty, toBe?.Blocks ?? CanvasBlocks.Empty),
        });
    }

    private static async Task<IReadOnlyList<CanvasVersion>> VersionListAsync(IQuerySession session, Guid canvasId, CancellationToken ct) =>
        [.. (await session.Events.FetchStreamAsync(canvasId, token: ct))
            .Where(e => e.Data is CanvasSaved)
            .Select(e => new CanvasVersion(e.Version, ((CanvasSaved)e.Data).At, ((CanvasSaved)e.Data).Blocks))];
}
