namespace Kompetenzzentrum.Modules.Media.Podcasts;

internal sealed record SeriesCreated(Guid SeriesId, string Slug, SeriesDetails Details, DateTimeOffset At);
