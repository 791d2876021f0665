using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>
/// An offering became visible and bookable in the shared catalog. Offering modules and plugins react to
/// offerings of their own type; research learns which topics are on offer.
/// </summary>
/// <param name="OfferingId">The offering.</param>
/// <param name="OfferingType">Its registered type key.</param>
/// <param name="Topics">Topic keys (see <see cref="Kernel.Topics"/>) it is about.</param>
/// <param name="SuitableFrom">Lowest maturity level it suits.</param>
/// <param name="SuitableTo">Highest maturity level it suits.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="ProgramId">
/// The funded program the offering belongs to, when the publisher knows it (added later, optional so that
/// stored events and older plugins stay valid); research reports program KPIs by it.
/// </param>
public sealed record OfferingPublished(
    Guid OfferingId,
    string OfferingType,
    IReadOnlyList<string> Topics,
    MaturityLevel SuitableFrom,
    MaturityLevel SuitableTo,
    DateTimeOffset PublishedAt,
    Guid? ProgramId = null);
