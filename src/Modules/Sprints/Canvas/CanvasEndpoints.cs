using JasperFx;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Canvas;

internal sealed record CanvasInput(CanvasBlocks? Blocks);

internal sealed record CanvasVersion(long Version, DateTimeOffset SavedAt, CanvasBlocks Blocks);

/// <summary>
/// Staff and the SME's members edit the as-is and the to-be canvas concurrently; every save is a version.
/// The first save needs no <c>If-Match</c>; every later one does (428 without, 412 when stale).
/// </summary>
internal static class CanvasEndpoints
{
    public static void MapCanvas(this IEndpointRouteBuilder api)
    {
        api.MapPut("/engagements/{engagementId:guid}/canvas/{kind}", PutAsync).RequireAuthorization(Policies.ParticipantOrStaff).WithName("SaveSprintCanvas");
        api.MapGet("/engagements/{engagementId:guid}/canvas/diff", DiffAsync).RequireAuthorization(Policies.ParticipantOrStaff).WithName("DiffSprintCanvas");
        api.MapGet("/engagements/{engagementId:guid}/canvas/{kind}", GetAsync).RequireAuthorization(Policies.ParticipantOrStaff).WithName("GetSprintCanvas");
        api.MapGet("/engagements/{engagementId:guid}/canvas/{kind}/versions", VersionsAsync).RequireAuthorization(Policies.ParticipantOrStaff).WithName("ListSprintCanvasVersions");
    }

    private static Task<IResult> PutAsync(Guid engagementId, string kind, CanvasInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        EntityTags.TryReadIfMatch(http.Request, out var expected)
            ? SaveAsync(engagementId, kind, body, expected, http, session, clock, ct)
            : Task.FromResult(CanvasKinds.IsKnown(kind) ? EntityTags.Unreadable() : Results.NotFound());

    /// <summary>Saves a canvas based on version <paramref name="expected"/> (the API's If-Match, the page's hidden field).</summary>
    internal static async Task<IResult> SaveAsync(
        Guid engagementId, string kind, CanvasInput body, long? expected, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (!CanvasKinds.IsKnown(kind))
        {
            return Results.NotFound();
        }
        var problems = new FieldProblems();
        var blocks = CanvasBlocks.Validate(body.Blocks, problems);
        if (blocks is null)
        {
            return problems.ToResult();
        }
        if (await EngagementCommands.FindAsync(session, http, engagementId, ct) is not { } engagement)
        {
            return Results.NotFound();
        }
        if (engagement.Finished)
        {
            return Answers.Conflict("Der Sprint ist abgeschlossen; seine Canvases bleiben, wie sie sind.", "The sprint is finished; its canvases are kept as they are.");
        }
        var id = CanvasKinds.StreamId(engagementId, kind);
        var saved = new CanvasSaved(id, engagementId, kind, blocks, http.User.AccountId(), clock.GetUtcNow());
        try
        {
            var current = await session.Events.FetchStreamStateAsync(id, ct);
            if (current is null)
            {
                if (expected is not null)
                {
                    return EntityTags.Stale(null);
                }
                session.Events.StartStream<BusinessCanvas>(id, saved);
            }
            else
            {
                if (expected is null)
                {
                    return EntityTags.Required();
                }
                var stream = await session.Events.FetchForWriting<BusinessCanvas>(id, expected.Value, ct);
                stream.AppendOne(saved);
            }
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return EntityTags.Stale((await session.Events.FetchStreamStateAsync(id, ct))?.Version);
        }
        var canvas = await session.LoadAsync<BusinessCanvas>(id, ct);
        return Results.Ok(canvas).WithETag(canvas!.Version);
    }

    private static async Task<IResult> GetAsync(Guid engagementId, string kind, long? version, HttpContext http, IQuerySession session, CancellationToken ct)
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
            : Answers.Invalid("version", $"Das Canvas hat die Versionen 1 bis {canvas.Version}.", $"The canvas has versions 1 to {canvas.Version}.");
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
