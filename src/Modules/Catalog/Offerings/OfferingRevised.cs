namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>Staff changed the editable details of an offering.</summary>
internal sealed record OfferingRevised(Guid OfferingId, OfferingDetails Details, DateTimeOffset RevisedAt);

// Publishing is a public event: Contracts.Catalog.OfferingPublished.
