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
/// with <c>If-Match</c>. Unpublishing or deleting takes it out of the feed at once.
/// </summary>
internal static class EpisodeEditing
{
    public static void MapEpisodeEditing(this IEndpointRouteBuilder api)
    {
        api.MapGet("/podcasts/{slug}/episodes/{id:guid}", Get).AllowAnonymous().WithName("GetPodcastEpisode");
        api.MapPut("/podcasts/{slug}/episodes/{id:guid}", Revise).RequireAuthorization(Policies.Staff).WithName("RevisePodcastEpisode");
        api.MapPost("/podcasts/{slug}/episodes/{id:guid}/unpublish", Unpublish).RequireAuthorization(Policies.Staff).WithName("UnpublishPodcastEpisode");
        api.MapDelete("/podcasts/{slug}/episodes/{id:guid}", Delete).RequireAuthorization(Policies.Staff).WithName("DeletePodcastEpisode");
    }

    internal static Task<IResult> Unpublish(string slug, Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(slug, id, http, session, _ => null, e => EpisodeRules.Unpublish(e, clock.GetUtcNow()), ct);

    internal static Task<IResult> Delete(string slug, Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(slug, id, http, session, _ => null, e => EpisodeRules.Delete(e, clock.GetUtcNow()), ct, deleted: true);

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

    internal static async Task<IResult> Revise(
        string slug, Guid id, ScheduleEpisode body, HttpContext http, IDocumentSession session, TimeProvider clock, ISchedulerFactory schedulers,
        ILogger<EpisodePublicationJob> logger, CancellationToken ct)
    {
        var (problems, details) = await PodcastEndpoints.CheckEpisodeAsync(body, session, ct);
        return await ChangeAsync(slug, id, http, session, _ => details is null ? problems.ToResult() : null,
            e => EpisodeRules.Revise(e, details!, body.PublishAt, clock.GetUtcNow()), ct,
            afterSave: async episode =>
            {
                if (!episode.IsPublished && episode.PublishAt is { } at)
                {
                    await EpisodePublicationJob.ScheduleAsync(schedulers, id, at, logger, ct);
                }
            });
    }

    private static async Task<IResult> ChangeAsync(
        string slug, Guid id, HttpContext http, IDocumentSession session, Func<PodcastEpisode, IResult?> validate,
        Func<PodcastEpisode, IReadOnlyList<object>> decide, CancellationToken ct, bool deleted = false, Func<PodcastEpisode, Task>? afterSave = null)
    {
        if (await PodcastEndpoints.FindSeriesAsync(session, slug, ct) is not { } series)
        {
            return Results.NotFound();
        }
        return await VersionedChange.ApplyAsync(http, session, id, e => e.SeriesId == series.Id, validate, decide, async version =>
        {
            if (deleted)
            {
                return (IResult)Results.NoContent();
            }
            var episode = (await session.LoadAsync<PodcastEpisode>(id, ct))!;
            if (afterSave is not null)
            {
                await afterSave(episode);
            }
            EntityTags.Write(http.Response, version);
            return Results.Ok(episode);
        }, ct);
    }
}
