namespace Kompetenzzentrum.Modules.Media.Podcasts;

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
