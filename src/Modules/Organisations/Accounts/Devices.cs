namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// A session's device told coarsely from its user agent ("Firefox, Windows"; "curl"): enough for a person to
/// recognise their own sessions, too little to single a device out.
/// </summary>
internal static class Devices
{
    public static string Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "unknown";
        }
        var browser = Has(userAgent, "Edg/") ? "Edge"
            : Has(userAgent, "OPR/") ? "Opera"
            : Has(userAgent, "Firefox/") ? "Firefox"
            : Has(userAgent, "Chrome/") || Has(userAgent, "Chromium/") ? "Chrome"
            : Has(userAgent, "Safari/") ? "Safari"
            : Product(userAgent);
        // Android names Linux and iOS names Mac OS X, so they come first.
        var system = Has(userAgent, "Android") ? "Android"
            : Has(userAgent, "iPhone") || Has(userAgent, "iPad") ? "iOS"
            : Has(userAgent, "Windows") ? "Windows"
            : Has(userAgent, "Mac OS X") || Has(userAgent, "Macintosh") ? "macOS"
            : Has(userAgent, "Linux") ? "Linux"
            : null;
        return system is null ? browser : $"{browser}, {system}";
    }

    private static bool Has(string userAgent, string part) => userAgent.Contains(part, StringComparison.Ordinal);

    // A program rather than a browser (curl, Power BI, a script): its product name, if it looks like one.
    private static string Product(string userAgent)
    {
        var product = userAgent.Split('/', ' ')[0];
        return product.Length is > 0 and <= 30 && product.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_') ? product : "other";
    }
}
