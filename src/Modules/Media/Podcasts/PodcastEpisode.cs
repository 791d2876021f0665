using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>An episode; only with <see cref="PublishedAt"/> set does it appear in the feed.</summary>
internal sealed record PodcastEpisode(Guid Id, Guid SeriesId, EpisodeDetails Details, DateTimeOffset PublishAt, DateTimeOffset? PublishedAt)
{
    public bool IsPublished => PublishedAt is not null;
}

internal sealed partial class PodcastEpisodeProjection : SingleStreamProjection<PodcastEpisode, Guid>
{
    public static PodcastEpisode Create(EpisodeScheduled e) => new(e.EpisodeId, e.SeriesId, e.Details, e.PublishAt, null);

    public static PodcastEpisode Apply(EpisodePublished e, PodcastEpisode episode) => episode with { PublishedAt = e.PublishedAt };
}

/// <summary>When an episode goes public: a pure decision of the episode and the time.</summary>
internal static class EpisodeRules
{
    public static IReadOnlyList<object> Publish(PodcastEpisode? episode, DateTimeOffset now) =>
        episode is { PublishedAt: null } && episode.PublishAt <= now
            ? [new EpisodePublished(episode.Id, episode.SeriesId, now)]
            : [];

    /// <summary>A new episode whose time has come goes out at once; otherwise it waits for the publication job.</summary>
    public static IReadOnlyList<object> Schedule(Guid episodeId, Guid seriesId, EpisodeDetails details, DateTimeOffset publishAt, DateTimeOffset now)
    {
        var scheduled = new EpisodeScheduled(episodeId, seriesId, details, publishAt, now);
        return [scheduled, .. Publish(PodcastEpisodeProjection.Create(scheduled), now)];
    }
}
