namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>Staff prepared an episode that goes out at <paramref name="PublishAt"/> (now or later).</summary>
internal sealed record EpisodeScheduled(Guid EpisodeId, Guid SeriesId, EpisodeDetails Details, DateTimeOffset PublishAt, DateTimeOffset At);
