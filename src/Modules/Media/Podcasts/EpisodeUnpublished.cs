namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>Staff took the episode back: it leaves the feed and is a draft again.</summary>
internal sealed record EpisodeUnpublished(Guid EpisodeId, Guid SeriesId, DateTimeOffset At);
