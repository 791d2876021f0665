namespace Kompetenzzentrum.Modules.Networking.Regions;

/// <summary>Industries as WZ 2008 sections, the letters A (agriculture) to U (extraterritorial organisations).</summary>
internal static class Industries
{
    public const int Count = 21;

    /// <summary>Whether the text is exactly one section letter A–U.</summary>
    public static bool IsSection(string? text) => text is [>= 'A' and <= 'U'];

    public static int IndexOf(string section) => section[0] - 'A';
}

/// <summary>German postcodes: five digits; the first two name the postcode region ("Leitregion").</summary>
internal static class Postcodes
{
    public static bool IsValid(string? text) => text is { Length: 5 } && text.All(char.IsAsciiDigit);

    public static byte RegionOf(string postcode) => (byte)((postcode[0] - '0') * 10 + (postcode[1] - '0'));

    /// <summary>Only the region (first two digits) stays of an erased organisation's postcode, e.g. 14xxx.</summary>
    public static string Masked(string postcode) => postcode.Length >= 2 ? postcode[..2] + "xxx" : "";
}
