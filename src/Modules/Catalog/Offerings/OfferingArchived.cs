namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>The offering was withdrawn: no longer listed, bookable or editable.</summary>
internal sealed record OfferingArchived(Guid OfferingId, DateTimeOffset ArchivedAt);
