using Kompetenzzentrum.Contracts.Catalog;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>Keeps <see cref="CatalogEntry"/> in step with the offering stream.</summary>
internal sealed partial class CatalogEntryProjection : SingleStreamProjection<CatalogEntry, Guid>
{
    public static CatalogEntry Create(OfferingDrafted e) => CatalogEntry.From(e);

    public static CatalogEntry Apply(OfferingRevised e, CatalogEntry entry) => CatalogEntry.Revised(entry, e.Details);

    public static CatalogEntry Apply(OfferingPublished e, CatalogEntry entry) => entry with { Status = OfferingStatus.Published };

    public static CatalogEntry Apply(OfferingArchived e, CatalogEntry entry) => entry with { Status = OfferingStatus.Archived };
}
