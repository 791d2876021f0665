namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>What the feed's channel says about a series.</summary>
// Category: an Apple Podcasts category, e.g. "Business". ImageFileId: a JPEG or PNG media file.
internal sealed record SeriesDetails(
    string Title,
    string Description,
    string Language,
    string Author,
    string Category,
    bool Explicit,
    Guid ImageFileId);

/// <summary>A chapter mark: where it starts, in seconds from the beginning, and its title.</summary>
internal sealed record Chapter(int StartSeconds, string Title);

/// <summary>An episode's content. GuestCompanies are company names (public guests of a public show, not personal data of users).</summary>
internal sealed record EpisodeDetails(
    string Title,
    string Description,
    Guid AudioFileId,
    int DurationSeconds,
    IReadOnlyList<Chapter> Chapters,
    Guid? TranscriptFileId,
    IReadOnlyList<string> GuestCompanies,
    IReadOnlyList<string> Topics);

internal sealed record SeriesCreated(Guid SeriesId, string Slug, SeriesDetails Details, DateTimeOffset At);

/// <summary>Staff prepared an episode that goes out at <paramref name="PublishAt"/> (now or later).</summary>
internal sealed record EpisodeScheduled(Guid EpisodeId, Guid SeriesId, EpisodeDetails Details, DateTimeOffset PublishAt, DateTimeOffset At);

/// <summary>The episode became public: from now on it is in the feed.</summary>
internal sealed record EpisodePublished(Guid EpisodeId, Guid SeriesId, DateTimeOffset PublishedAt);

/// <summary>Staff changed the content; <paramref name="PublishAt"/> re-plans an episode that is not out yet (null keeps the plan).</summary>
internal sealed record EpisodeRevised(Guid EpisodeId, Guid SeriesId, EpisodeDetails Details, DateTimeOffset? PublishAt, DateTimeOffset At);

/// <summary>Staff took the episode back: it leaves the feed and is a draft again.</summary>
internal sealed record EpisodeUnpublished(Guid EpisodeId, Guid SeriesId, DateTimeOffset At);

/// <summary>Staff deleted the episode: it leaves the feed and cannot be read any more.</summary>
internal sealed record EpisodeDeleted(Guid EpisodeId, Guid SeriesId, DateTimeOffset At);
