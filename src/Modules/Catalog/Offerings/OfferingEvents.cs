using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>An offering of some registered type was drafted in a program.</summary>
internal sealed record OfferingDrafted(
    Guid OfferingId,
    Guid ProgramId,
    string OfferingType,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<string> Topics,
    MaturityLevel SuitableFrom,
    MaturityLevel SuitableTo,
    string Format);

/// <summary>The offering became visible in the catalog.</summary>
internal sealed record OfferingPublished(Guid OfferingId, DateTimeOffset PublishedAt);
