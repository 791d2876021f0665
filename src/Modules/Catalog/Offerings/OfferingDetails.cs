using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>
/// What staff can edit about an offering; its program and type are fixed when it is drafted. The format is
/// one of <see cref="OfferingFormats"/>; an on-site offering has a place, an online or asynchronous one a
/// link. A confirmed seat can be cancelled up to <c>CancellationDeadlineHours</c> before the session starts.
/// </summary>
internal sealed record OfferingDetails(
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<string> Topics,
    MaturityLevel SuitableFrom,
    MaturityLevel SuitableTo,
    string Format,
    string? Place,
    string? Link,
    string Language,
    int CancellationDeadlineHours);
