using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>An offering as the catalog shows it.</summary>
internal sealed record CatalogEntry(
    Guid Id,
    Guid ProgramId,
    string OfferingType,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<string> Topics,
    MaturityLevel SuitableFrom,
    MaturityLevel SuitableTo,
    string Format,
    string Status);

/// <summary>Keeps <see cref="CatalogEntry"/> in step with the offering stream.</summary>
internal sealed partial class CatalogEntryProjection : SingleStreamProjection<CatalogEntry, Guid>
{
    public static CatalogEntry Create(OfferingDrafted e) =>
        new(e.OfferingId, e.ProgramId, e.OfferingType, e.Title, e.Description, e.Topics, e.SuitableFrom, e.SuitableTo, e.Format, "draft");

    public static CatalogEntry Apply(OfferingPublished e, CatalogEntry entry) => entry with { Status = "published" };
}
