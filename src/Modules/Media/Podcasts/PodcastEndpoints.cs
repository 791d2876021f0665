using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Media.Editing;
using Kompetenzzentrum.Modules.Media.Files;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>Staff create series and schedule episodes; listeners and podcast apps read published episodes and the feed.</summary>
internal static class PodcastEndpoints
{
    public static void MapPodcasts(this IEndpointRouteBuilder api)
    {
        api.MapPost("/podcasts", CreateSeries).RequireAuthorization(Policies.Staff).WithName("CreatePodcastSeries");
        api.MapGet("/podcasts", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok(await session.Query<PodcastSeries>().OrderBy(s => s.Slug).ToListAsync(ct)))
            .AllowAnonymous().WithName("ListPodcastSeries");
        api.MapPost("/podcasts/{slug}/episodes", ScheduleEpisode).RequireAuthorization(Policies.Staff).WithName("SchedulePodcastEpisode");
        api.MapGet("/podcasts/{slug}/episodes", ListEpisodes).AllowAnonymous().WithName("ListPodcastEpisodes");
        api.MapGet("/podcasts/{slug}/episodes/{id:guid}/chapters.json", Chapters).AllowAnonymous().WithName("GetPodcastChapters");
        api.MapGet("/podcasts/{slug}/feed.xml", PodcastFeedEndpoint.Feed).AllowAnonymous().WithName("GetPodcastFeed");
        api.MapEpisodeEditing();
    }

    public static Task<PodcastSeries?> FindSeriesAsync(IQuerySession session, string slug, CancellationToken ct) =>
        session.Query<PodcastSeries>().FirstOrDefaultAsync(s => s.Slug == slug, ct);

    internal static async Task<IResult> CreateSeries(CreateSeries body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        (await CreateSeriesHandler.HandleAsync(body, session, clock, ct))
            .ToHttpResult(series => Results.Created($"/api/media/podcasts/{series.Slug}", series));

    private static async Task<IResult> ScheduleEpisode(
        string slug, ScheduleEpisode body, HttpContext http, IDocumentSession session, IOfferingDirectory offerings, TimeProvider clock,
        ISchedulerFactory schedulers, ILogger<EpisodePublicationJob> logger, CancellationToken ct) =>
        (await EpisodeHandlers.ScheduleAsync(slug, body, session, offerings, clock, new EpisodePlanner(schedulers, logger), ct))
            .ToTaggedResult(http, episode => Results.Created($"/api/media/podcasts/{slug}/episodes/{episode.Id}", episode));

    // Listeners see published episodes; staff may ask for drafts and scheduled ones too.
    private static async Task<IResult> ListEpisodes(string slug, bool? includeUnpublished, HttpContext http, IQuerySession session,
        CancellationToken ct)
    {
        if (await FindSeriesAsync(session, slug, ct) is not { } series)
        {
            return Results.NotFound();
        }
        var all = includeUnpublished == true && http.User.IsStaff();
        var episodes = await session.Query<PodcastEpisode>().Where(e => e.SeriesId == series.Id && (all || e.PublishedAt != null)).ToListAsync(ct);
        return Results.Ok(episodes.OrderByDescending(e => e.PublishedAt ?? e.PublishAt));
    }

    private static async Task<IResult> Chapters(string slug, Guid id, IQuerySession session, CancellationToken ct)
    {
        var series = await FindSeriesAsync(session, slug, ct);
        return await session.LoadAsync<PodcastEpisode>(id, ct) is { IsPublished: true } episode && episode.SeriesId == series?.Id
            ? Results.Json(PodcastFeed.ChaptersJson(episode.Details), contentType: "application/json+chapters")
            : Results.NotFound();
    }

    public static async Task<bool> IsFileOfTypeAsync(IQuerySession session, Guid id, string[] types, CancellationToken ct) =>
        await session.LoadAsync<MediaFile>(id, ct) is { } file && types.Contains(file.ContentType);
}
