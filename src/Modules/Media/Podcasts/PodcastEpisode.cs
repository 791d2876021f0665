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
