using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Media.Files;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Videos;

internal sealed record PublishVideo(
    string? Title, string? GlossaryTerm, Guid? VideoFileId, int? DurationSeconds, Guid? CaptionsFileId, string? Transcript, IReadOnlyList<string>? Topics);

/// <summary>Staff publish explainer videos; anyone may watch them.</summary>
internal static class VideoEndpoints
{
    public static void MapVideos(this IEndpointRouteBuilder api)
    {
        api.MapPost("/videos", Publish).RequireAuthorization(Policies.Staff).WithName("PublishExplainerVideo");
        api.MapGet("/videos", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok(await session.Query<ExplainerVideo>().OrderByDescending(v => v.PublishedAt).ToListAsync(ct)))
            .AllowAnonymous().WithName("ListExplainerVideos");
        api.MapGet("/videos/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<ExplainerVideo>(id, ct) is { } video ? Results.Ok(video) : Results.NotFound())
            .AllowAnonymous().WithName("GetExplainerVideo");
    }

    private static async Task<IResult> Publish(PublishVideo body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var topics = body.Topics ?? [];
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.Title), "title", "A title is required.")
            .When(string.IsNullOrWhiteSpace(body.GlossaryTerm), "glossaryTerm", "Name the term the video explains.")
            .When(body.DurationSeconds is null or <= 0, "durationSeconds", "The duration in seconds must be positive.")
            .When(string.IsNullOrWhiteSpace(body.Transcript), "transcript", "A transcript is required (accessibility).")
            .When(topics.Any(t => t is null || !Topics.IsKnown(t)), "topics", "Unknown topic; see the topic vocabulary.");
        if (body.VideoFileId is not { } videoFile || !await PodcastEndpoints.IsFileOfTypeAsync(session, videoFile, [MediaTypes.Mp4], ct))
        {
            problems.Add("videoFileId", "No uploaded MP4 video has this id.");
        }
        // Uploads of text/vtt are only accepted with a WEBVTT header, so the type stands for valid captions.
        if (body.CaptionsFileId is not { } captions || !await PodcastEndpoints.IsFileOfTypeAsync(session, captions, [MediaTypes.Vtt], ct))
        {
            problems.Add("captionsFileId", "No uploaded WebVTT captions file has this id.");
        }
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var id = Ids.New(clock);
        var published = new VideoPublished(id, new VideoDetails(body.Title!.Trim(), body.GlossaryTerm!.Trim(), body.VideoFileId!.Value,
            body.DurationSeconds!.Value, body.CaptionsFileId!.Value, body.Transcript!.Trim(), topics.Distinct().ToList()), clock.GetUtcNow());
        session.Events.StartStream<ExplainerVideo>(id, published);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/media/videos/{id}", ExplainerVideoProjection.Create(published));
    }
}
