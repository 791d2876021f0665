namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>Where an offering is in its life.</summary>
internal static class OfferingStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Archived = "archived";
}
