using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Media.Editing;
using Kompetenzzentrum.Modules.Media.Files;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>What scheduling an episode's publication needs.</summary>
internal sealed record EpisodePlanner(ISchedulerFactory Schedulers, ILogger<EpisodePublicationJob> Logger);

/// <summary>
/// Scheduling, revising, unpublishing and deleting an episode (the API and the publishing pages): load what the
/// decision needs, let <see cref="EpisodeDecider"/> decide, append; an episode that is not out yet gets its publication job.
/// </summary>
internal static class EpisodeHandlers
{
    public static async Task<Result<Versioned<PodcastEpisode>>> ScheduleAsync(
        string slug, ScheduleEpisode command, IDocumentSession session, IOfferingDirectory offerings, TimeProvider clock, EpisodePlanner planner,
        CancellationToken ct)
    {
        var series = await PodcastEndpoints.FindSeriesAsync(session, slug, ct);
        var files = await FilesAsync(command, session, offerings, ct);
        var id = Ids.New(clock);
        var decision = EpisodeDecider.Schedule(id, series, command, files, clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        session.Events.StartStream<PodcastEpisode>(id, decision.Events);
        await session.SaveChangesAsync(ct);
        return new Versioned<PodcastEpisode>(await PlanAsync(id, session, planner, ct), decision.Events.Count);
    }

    public static async Task<Result<Versioned<PodcastEpisode>>> ReviseAsync(
        string slug, Guid id, ScheduleEpisode command, long? expected, IDocumentSession session, IOfferingDirectory offerings, TimeProvider clock,
        EpisodePlanner planner, CancellationToken ct)
    {
        var files = await FilesAsync(command, session, offerings, ct);
        var changed = await ChangeAsync(slug, id, session, (e, seriesId, v) =>
            EpisodeDecider.Revise(e, seriesId, v, expected, command, files, clock.GetUtcNow()), ct);
        return changed.Refusal is { } refused ? refused
            : new Versioned<PodcastEpisode>(await PlanAsync(id, session, planner, ct), changed.Value.Version);
    }

    public static async Task<Result<Versioned<PodcastEpisode>>> UnpublishAsync(
        string slug, Guid id, long? expected, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var changed = await ChangeAsync(slug, id, session, (e, seriesId, v) => EpisodeDecider.Unpublish(e, seriesId, v, expected, clock.GetUtcNow()),
            ct);
        return changed.Refusal is { } refused ? refused
            : new Versioned<PodcastEpisode>((await session.LoadAsync<PodcastEpisode>(id, ct))!, changed.Value.Version);
    }

    public static async Task<Result<long>> DeleteAsync(string slug, Guid id, long? expected, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var changed = await ChangeAsync(slug, id, session, (e, seriesId, v) => EpisodeDecider.Delete(e, seriesId, v, expected, clock.GetUtcNow()),
            ct);
        return changed.Refusal is { } refused ? refused : changed.Value.Version;
    }

    private static async Task<Result<Versioned<IReadOnlyList<object>>>> ChangeAsync(
        string slug, Guid id, IDocumentSession session, Func<PodcastEpisode?, Guid, long, Decision> decide, CancellationToken ct)
    {
        if (await PodcastEndpoints.FindSeriesAsync(session, slug, ct) is not { } series)
        {
            return Refusal.NotFound("media.series-not-found");
        }
        return await VersionedChange.ApplyAsync<PodcastEpisode>(session, id, (e, v) => decide(e, series.Id, v), ct);
    }

    private static async Task<EpisodeFiles> FilesAsync(ScheduleEpisode command, IQuerySession session, IOfferingDirectory offerings,
        CancellationToken ct) => new(
        command.AudioFileId is { } audio && await PodcastEndpoints.IsFileOfTypeAsync(session, audio, [MediaTypes.Mp3, MediaTypes.M4a], ct),
        command.TranscriptFileId is { } transcript && await PodcastEndpoints.IsFileOfTypeAsync(session, transcript, [MediaTypes.Vtt], ct),
        command.OfferingId is { } offering ? await offerings.FindTypeAsync(offering, ct) : null);

    // The episode as saved; one not yet out is planned for its time.
    private static async Task<PodcastEpisode> PlanAsync(Guid id, IDocumentSession session, EpisodePlanner planner, CancellationToken ct)
    {
        var episode = (await session.LoadAsync<PodcastEpisode>(id, ct))!;
        if (!episode.IsPublished && episode.PublishAt is { } at)
        {
            await EpisodePublicationJob.ScheduleAsync(planner.Schedulers, id, at, planner.Logger, ct);
        }
        return episode;
    }
}
