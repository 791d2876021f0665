using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Media.Editing;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Videos;

internal sealed record PublishVideo(
    string? Title,
    string? GlossaryTerm,
    Guid? VideoFileId,
    int? DurationSeconds,
    Guid? CaptionsFileId,
    string? Transcript,
    IReadOnlyList<string>? Topics,
    MaturityLevel? SuitableFrom = null,
    MaturityLevel? SuitableTo = null,
    Guid? OfferingId = null);

/// <summary>Staff publish, revise, unpublish and delete explainer videos (edits with If-Match; adapters over <see cref="VideoHandlers"/>); anyone may
/// watch published ones.</summary>
internal static class VideoEndpoints
{
    public static void MapVideos(this IEndpointRouteBuilder api)
    {
        api.MapPost("/videos", Publish).RequireAuthorization(Policies.Staff).WithName("PublishExplainerVideo");
        api.MapGet("/videos", async (bool? includeUnpublished, HttpContext http, IQuerySession session, CancellationToken ct) =>
        {
            var all = includeUnpublished == true && http.User.IsStaff();
            return Results.Ok(await session.Query<ExplainerVideo>().Where(v => all || v.PublishedAt != null).OrderByDescending(v => v.PublishedAt)
                .ToListAsync(ct));
        }).AllowAnonymous().WithName("ListExplainerVideos");
        api.MapGet("/videos/{id:guid}", Get).AllowAnonymous().WithName("GetExplainerVideo");
        api.MapPut("/videos/{id:guid}", Revise).RequireAuthorization(Policies.Staff).WithName("ReviseExplainerVideo").ReadsIfMatch(true);
        api.MapPost("/videos/{id:guid}/publish", Republish).RequireAuthorization(Policies.Staff).WithName("RepublishExplainerVideo")
            .ReadsIfMatch(true);
        api.MapPost("/videos/{id:guid}/unpublish", Unpublish).RequireAuthorization(Policies.Staff).WithName("UnpublishExplainerVideo")
            .ReadsIfMatch(true);
        api.MapDelete("/videos/{id:guid}", Delete).RequireAuthorization(Policies.Staff).WithName("DeleteExplainerVideo").ReadsIfMatch(true);
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ExplainerVideo>(id, ct) is not { } video || (!video.IsPublished && !http.User.IsStaff()))
        {
            return Results.NotFound();
        }
        if (await VersionedChange.VersionAsync(session, id, ct) is { } version)
        {
            EntityTags.Write(http.Response, version);
        }
        return Results.Ok(video);
    }

    private static async Task<IResult> Publish(PublishVideo body, HttpContext http, IDocumentSession session, IOfferingDirectory offerings,
        TimeProvider clock, CancellationToken ct) =>
        (await VideoHandlers.PublishAsync(body, session, offerings, clock, ct))
            .ToTaggedResult(http, video => Results.Created($"/api/media/videos/{video.Id}", video));

    private static async Task<IResult> Revise(Guid id, PublishVideo body, HttpContext http, IDocumentSession session,
        IOfferingDirectory offerings, TimeProvider clock, CancellationToken ct) =>
        EntityTags.RequireIfMatch(http.Request, out var version) is { } answer ? answer
            : (await VideoHandlers.ReviseAsync(id, body, version, session, offerings, clock, ct)).ToTaggedResult(http, video => Results.Ok(video));

    private static async Task<IResult> Republish(Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        EntityTags.RequireIfMatch(http.Request, out var version) is { } answer ? answer
            : (await VideoHandlers.RepublishAsync(id, version, session, clock, ct)).ToTaggedResult(http, video => Results.Ok(video));

    private static async Task<IResult> Unpublish(Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        EntityTags.RequireIfMatch(http.Request, out var version) is { } answer ? answer
            : (await VideoHandlers.UnpublishAsync(id, version, session, clock, ct)).ToTaggedResult(http, video => Results.Ok(video));

    private static async Task<IResult> Delete(Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        EntityTags.RequireIfMatch(http.Request, out var version) is { } answer ? answer
            : (await VideoHandlers.DeleteAsync(id, version, session, clock, ct)).Match(_ => Results.NoContent(), VersionedResults.Refused);
}
