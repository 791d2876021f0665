using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>
/// An episode; only with <see cref="PublishedAt"/> set does it appear in the feed and are its files public.
/// <see cref="PublishAt"/> is when it is planned to go out; null for a draft (after unpublishing).
/// </summary>
internal sealed record PodcastEpisode(Guid Id, Guid SeriesId, EpisodeDetails Details, DateTimeOffset? PublishAt, DateTimeOffset? PublishedAt)
{
    public bool IsPublished => PublishedAt is not null;
}

internal sealed partial class PodcastEpisodeProjection : SingleStreamProjection<PodcastEpisode, Guid>
{
    public PodcastEpisodeProjection() => DeleteEvent<EpisodeDeleted>();

    public static PodcastEpisode Create(EpisodeScheduled e) => new(e.EpisodeId, e.SeriesId, e.Details, e.PublishAt, null);

    public static PodcastEpisode Apply(EpisodePublished e, PodcastEpisode episode) => episode with { PublishedAt = e.PublishedAt };

    public static PodcastEpisode Apply(EpisodeRevised e, PodcastEpisode episode) => episode with
    {
        Details = e.Details,
        PublishAt = episode.IsPublished ? episode.PublishAt : e.PublishAt ?? episode.PublishAt,
    };

    public static PodcastEpisode Apply(EpisodeUnpublished e, PodcastEpisode episode) => episode with { PublishAt = null, PublishedAt = null };
}

/// <summary>When an episode goes public, changes or goes away: pure decisions of the episode and the time.</summary>
internal static class EpisodeRules
{
    public static IReadOnlyList<object> Publish(PodcastEpisode? episode, DateTimeOffset now) =>
        episode is { PublishedAt: null, PublishAt: { } at } && at <= now
            ? [new EpisodePublished(episode.Id, episode.SeriesId, now)]
            : [];

    /// <summary>A new episode whose time has come goes out at once; otherwise it waits for the publication job.</summary>
    public static IReadOnlyList<object> Schedule(Guid episodeId, Guid seriesId, EpisodeDetails details, DateTimeOffset publishAt, DateTimeOffset now)
    {
        var scheduled = new EpisodeScheduled(episodeId, seriesId, details, publishAt, now);
        return [scheduled, .. Publish(PodcastEpisodeProjection.Create(scheduled), now)];
    }

    /// <summary>
    /// New content; for an episode not yet out, a new <paramref name="publishAt"/> re-plans it (a time already
    /// past publishes it now). A published episode stays published: unpublish it to take it back.
    /// </summary>
    public static IReadOnlyList<object> Revise(PodcastEpisode episode, EpisodeDetails details, DateTimeOffset? publishAt, DateTimeOffset now)
    {
        var revised = new EpisodeRevised(episode.Id, episode.SeriesId, details, publishAt, now);
        return [revised, .. Publish(PodcastEpisodeProjection.Apply(revised, episode), now)];
    }

    /// <summary>Back to a draft: out of the feed, its files staff-only, no publication planned.</summary>
    public static IReadOnlyList<object> Unpublish(PodcastEpisode episode, DateTimeOffset now) =>
        episode.IsPublished || episode.PublishAt is not null ? [new EpisodeUnpublished(episode.Id, episode.SeriesId, now)] : [];

    public static IReadOnlyList<object> Delete(PodcastEpisode episode, DateTimeOffset now) => [new EpisodeDeleted(episode.Id, episode.SeriesId, now)];
}
