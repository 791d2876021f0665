namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>The ways an offering is delivered.</summary>
internal static class OfferingFormats
{
    public const string OnSite = "on-site";
    public const string Online = "online";
    public const string Asynchronous = "asynchronous";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { OnSite, Online, Asynchronous };
}
