namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>Staff deleted the episode: it leaves the feed and cannot be read any more.</summary>
internal sealed record EpisodeDeleted(Guid EpisodeId, Guid SeriesId, DateTimeOffset At);
