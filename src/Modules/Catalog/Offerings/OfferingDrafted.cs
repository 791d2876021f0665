namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>An offering of some registered type was drafted in a program.</summary>
internal sealed record OfferingDrafted(Guid OfferingId, Guid ProgramId, string OfferingType, OfferingDetails Details);
