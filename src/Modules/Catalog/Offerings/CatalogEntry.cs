using Kompetenzzentrum.Contracts.Kernel;

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
    string? Place,
    string? Link,
    string Language,
    int CancellationDeadlineHours,
    string Status)
{
    public static CatalogEntry From(OfferingDrafted e) =>
        Revised(new CatalogEntry(
            e.OfferingId, e.ProgramId, e.OfferingType, e.Details.Title, e.Details.Description, [], default, default, "", null, null, "", 0,
            OfferingStatus.Draft), e.Details);

    public static CatalogEntry Revised(CatalogEntry entry, OfferingDetails d) => entry with
    {
        Title = d.Title,
        Description = d.Description,
        Topics = d.Topics,
        SuitableFrom = d.SuitableFrom,
        SuitableTo = d.SuitableTo,
        Format = d.Format,
        Place = d.Place,
        Link = d.Link,
        Language = d.Language,
        CancellationDeadlineHours = d.CancellationDeadlineHours,
    };
}
