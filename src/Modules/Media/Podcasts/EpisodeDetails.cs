using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>
/// An episode's content. GuestCompanies are company names (public guests of a public show, not personal data of users).
/// SuitableFrom/SuitableTo (both or neither) and OfferingId (the catalog's podcast-episode offering it belongs to) came
/// later and are optional: episodes without them fit everyone at a neutral score and complete no participation.
/// </summary>
internal sealed record EpisodeDetails(
    string Title,
    string Description,
    Guid AudioFileId,
    int DurationSeconds,
    IReadOnlyList<Chapter> Chapters,
    Guid? TranscriptFileId,
    IReadOnlyList<string> GuestCompanies,
    IReadOnlyList<string> Topics,
    MaturityLevel? SuitableFrom = null,
    MaturityLevel? SuitableTo = null,
    Guid? OfferingId = null);
