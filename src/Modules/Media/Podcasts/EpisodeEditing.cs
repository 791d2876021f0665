using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Media.Editing;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>
/// One episode: read (drafts and scheduled ones by staff only, with the ETag), revise, unpublish and delete
/// with <c>If-Match</c> (adapters over <see cref="EpisodeHandlers"/>). Unpublishing or deleting takes it out of the feed at once.
/// </summary>
internal static class EpisodeEditing
{
    public static void MapEpisodeEditing(this IEndpointRouteBuilder api)
    {
        api.MapGet("/podcasts/{slug}/episodes/{id:guid}", Get).AllowAnonymous().WithName("GetPodcastEpisode");
        api.MapPut("/podcasts/{slug}/episodes/{id:guid}", Revise).RequireAuthorization(Policies.Staff).WithName("RevisePodcastEpisode")
            .ReadsIfMatch(true);
        api.MapPost("/podcasts/{slug}/episodes/{id:guid}/unpublish", Unpublish).RequireAuthorization(Policies.Staff)
            .WithName("UnpublishPodcastEpisode").ReadsIfMatch(true);
        api.MapDelete("/podcasts/{slug}/episodes/{id:guid}", Delete).RequireAuthorization(Policies.Staff).WithName("DeletePodcastEpisode")
            .ReadsIfMatch(true);
    }

    private static async Task<IResult> Unpublish(string slug, Guid id, HttpContext http, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        EntityTags.RequireIfMatch(http.Request, out var version) is { } answer ? answer
            : (await EpisodeHandlers.UnpublishAsync(slug, id, version, session, clock, ct)).ToTaggedResult(http, episode => Results.Ok(episode));

    private static async Task<IResult> Delete(string slug, Guid id, HttpContext http, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        EntityTags.RequireIfMatch(http.Request, out var version) is { } answer ? answer
            : (await EpisodeHandlers.DeleteAsync(slug, id, version, session, clock, ct)).Match(_ => Results.NoContent(), VersionedResults.Refused);

    private static async Task<IResult> Get(string slug, Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var series = await PodcastEndpoints.FindSeriesAsync(session, slug, ct);
        if (await session.LoadAsync<PodcastEpisode>(id, ct) is not { } episode || episode.SeriesId != series?.Id
            || (!episode.IsPublished && !http.User.IsStaff()))
        {
            return Results.NotFound();
        }
        if (await VersionedChange.VersionAsync(session, id, ct) is { } version)
        {
            EntityTags.Write(http.Response, version);
        }
        return Results.Ok(episode);
    }

    private static async Task<IResult> Revise(
        string slug, Guid id, ScheduleEpisode body, HttpContext http, IDocumentSession session, IOfferingDirectory offerings, TimeProvider clock,
        ISchedulerFactory schedulers, ILogger<EpisodePublicationJob> logger, CancellationToken ct) =>
        EntityTags.RequireIfMatch(http.Request, out var version) is { } answer ? answer
            : (await EpisodeHandlers.ReviseAsync(slug, id, body, version, session, offerings, clock, new EpisodePlanner(schedulers, logger), ct))
                .ToTaggedResult(http, episode => Results.Ok(episode));
}
