using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>A podcast series; its slug is the stable part of the feed URL.</summary>
internal sealed record PodcastSeries(Guid Id, string Slug, SeriesDetails Details, DateTimeOffset CreatedAt);

internal sealed partial class PodcastSeriesProjection : SingleStreamProjection<PodcastSeries, Guid>
{
    public static PodcastSeries Create(SeriesCreated e) => new(e.SeriesId, e.Slug, e.Details, e.At);
}
