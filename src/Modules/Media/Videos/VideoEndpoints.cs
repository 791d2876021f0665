using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Media.Editing;
using Kompetenzzentrum.Modules.Media.Files;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Videos;

internal sealed record PublishVideo(
    string? Title, string? GlossaryTerm, Guid? VideoFileId, int? DurationSeconds, Guid? CaptionsFileId, string? Transcript, IReadOnlyList<string>? Topics);

/// <summary>Staff publish, revise, unpublish and delete explainer videos (edits with If-Match); anyone may watch published ones.</summary>
internal static class VideoEndpoints
{
    public static void MapVideos(this IEndpointRouteBuilder api)
    {
        api.MapPost("/videos", Publish).RequireAuthorization(Policies.Staff).WithName("PublishExplainerVideo");
        api.MapGet("/videos", async (bool? includeUnpublished, HttpContext http, IQuerySession session, CancellationToken ct) =>
        {
            var all = includeUnpublished == true && http.User.IsStaff();
            return Results.Ok(await session.Query<ExplainerVideo>().Where(v => all || v.PublishedAt != null).OrderByDescending(v => v.PublishedAt).ToListAsync(ct));
        }).AllowAnonymous().WithName("ListExplainerVideos");
        api.MapGet("/videos/{id:guid}", Get).AllowAnonymous().WithName("GetExplainerVideo");
        api.MapPut("/videos/{id:guid}", Revise).RequireAuthorization(Policies.Staff).WithName("ReviseExplainerVideo");
        api.MapPost("/videos/{id:guid}/publish", Republish).RequireAuthorization(Policies.Staff).WithName("RepublishExplainerVideo");
        api.MapPost("/videos/{id:guid}/unpublish", Unpublish).RequireAuthorization(Policies.Staff).WithName("UnpublishExplainerVideo");
        api.MapDelete("/videos/{id:guid}", Delete).RequireAuthorization(Policies.Staff).WithName("DeleteExplainerVideo");
    }

    internal static Task<IResult> Republish(Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Change(id, http, session, v => VideoRules.Publish(v, clock.GetUtcNow()), ct);

    internal static Task<IResult> Unpublish(Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        Change(id, http, session, v => VideoRules.Unpublish(v, clock.GetUtcNow()), ct);

    internal static Task<IResult> Delete(Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        VersionedChange.ApplyAsync<ExplainerVideo>(http, session, id, _ => true, _ => null, v => VideoRules.Delete(v, clock.GetUtcNow()),
            _ => Task.FromResult(Results.NoContent()), ct);

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

    internal static async Task<IResult> Publish(PublishVideo body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var (problems, details) = await CheckAsync(body, session, ct);
        if (details is null)
        {
            return problems.ToResult();
        }
        var id = Ids.New(clock);
        var published = new VideoPublished(id, details, clock.GetUtcNow());
        session.Events.StartStream<ExplainerVideo>(id, published);
        await session.SaveChangesAsync(ct);
        EntityTags.Write(http.Response, 1);
        return Results.Created($"/api/media/videos/{id}", ExplainerVideoProjection.Create(published));
    }

    internal static async Task<IResult> Revise(Guid id, PublishVideo body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var (problems, details) = await CheckAsync(body, session, ct);
        return await VersionedChange.ApplyAsync<ExplainerVideo>(http, session, id, _ => true, _ => details is null ? problems.ToResult() : null,
            v => VideoRules.Revise(v, details!, clock.GetUtcNow()), version => Answer(id, version, http, session, ct), ct);
    }

    private static Task<IResult> Change(Guid id, HttpContext http, IDocumentSession session, Func<ExplainerVideo, IReadOnlyList<object>> decide, CancellationToken ct) =>
        VersionedChange.ApplyAsync(http, session, id, _ => true, _ => null, decide, version => Answer(id, version, http, session, ct), ct);

    private static async Task<IResult> Answer(Guid id, long version, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        EntityTags.Write(http.Response, version);
        return Results.Ok(await session.LoadAsync<ExplainerVideo>(id, ct));
    }

    private static async Task<(FieldProblems Problems, VideoDetails? Details)> CheckAsync(PublishVideo body, IQuerySession session, CancellationToken ct)
    {
        var topics = body.Topics ?? [];
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.Title), "title", "Der Titel fehlt.", "A title is required.")
            .When(string.IsNullOrWhiteSpace(body.GlossaryTerm), "glossaryTerm", "Nennen Sie den Begriff, den das Video erklärt.", "Name the term the video explains.")
            .When(body.DurationSeconds is null or <= 0, "durationSeconds", "Die Dauer in Sekunden muss positiv sein.", "The duration in seconds must be positive.")
            .When(string.IsNullOrWhiteSpace(body.Transcript), "transcript", "Das Transkript fehlt (Barrierefreiheit).", "A transcript is required (accessibility).")
            .When(topics.Any(t => t is null || !Topics.IsKnown(t)), "topics", "Unbekanntes Thema; nur Themen aus der Liste.", "Unknown topic; see the topic vocabulary.");
        if (body.VideoFileId is not { } videoFile || !await PodcastEndpoints.IsFileOfTypeAsync(session, videoFile, [MediaTypes.Mp4], ct))
        {
            problems.Add("videoFileId", "Es gibt kein hochgeladenes MP4-Video mit dieser Kennung.", "No uploaded MP4 video has this id.");
        }
        // Uploads of text/vtt are only accepted with a WEBVTT header, so the type stands for valid captions.
        if (body.CaptionsFileId is not { } captions || !await PodcastEndpoints.IsFileOfTypeAsync(session, captions, [MediaTypes.Vtt], ct))
        {
            problems.Add("captionsFileId", "Es gibt keine hochgeladene WebVTT-Untertiteldatei mit dieser Kennung.", "No uploaded WebVTT captions file has this id.");
        }
        return problems.IsEmpty
            ? (problems, new VideoDetails(body.Title!.Trim(), body.GlossaryTerm!.Trim(), body.VideoFileId!.Value, body.DurationSeconds!.Value,
                body.CaptionsFileId!.Value, body.Transcript!.Trim(), topics.Distinct().ToList()))
            : (problems, null);
    }
}
