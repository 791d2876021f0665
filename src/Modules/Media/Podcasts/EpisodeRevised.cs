namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>Staff changed the content; <paramref name="PublishAt"/> re-plans an episode that is not out yet (null keeps the plan).</summary>
internal sealed record EpisodeRevised(Guid EpisodeId, Guid SeriesId, EpisodeDetails Details, DateTimeOffset? PublishAt, DateTimeOffset At);
