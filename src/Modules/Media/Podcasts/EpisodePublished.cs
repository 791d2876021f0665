namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>The episode became public: from now on it is in the feed.</summary>
internal sealed record EpisodePublished(Guid EpisodeId, Guid SeriesId, DateTimeOffset PublishedAt);
