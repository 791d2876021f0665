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
