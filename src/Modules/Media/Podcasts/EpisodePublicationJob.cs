using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>
/// Publishes a scheduled episode at its time. One trigger per planned time in the clustered (persistent) store;
/// the job decides with the clock and the episode's current plan, so an early, repeated or outdated firing
/// (the episode was re-planned, unpublished or deleted since) changes nothing.
/// </summary>
internal sealed class EpisodePublicationJob(ISessionFactory sessions, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("episode-publication", "media");
    public const string EpisodeId = "episodeId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(context.MergedJobDataMap.GetString(EpisodeId)!);
        await using var session = sessions.OpenSession();
        var stream = await session.Events.FetchForExclusiveWriting<PodcastEpisode>(id, cancellationToken);
        var events = EpisodeDecider.PublishDue(stream.Aggregate, clock.GetUtcNow());
        if (events.Count > 0)
        {
            stream.AppendMany(events);
            await session.SaveChangesAsync(cancellationToken);
        }
    }

    public static async Task ScheduleAsync(ISchedulerFactory schedulers, Guid episodeId, DateTimeOffset publishAt, ILogger logger,
        CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            await scheduler.ScheduleJob(TriggerBuilder.Create()
                .ForJob(Key)
                .UsingJobData(EpisodeId, episodeId.ToString())
                .StartAt(publishAt)
                .Build(), new ScheduleJobOptions(), ct);
        }
        catch (Exception ex)
        {
            // The episode is stored; staff see it unpublished and can schedule it again.
            logger.LogError(ex, "Could not schedule the publication of episode {EpisodeId}", episodeId);
        }
    }
}
