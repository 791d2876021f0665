using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>One item of the package being built: a session of a dated offering, or an asynchronous offering itself.</summary>
internal sealed record DraftItem(Guid OfferingId, Guid? SessionId)
{
    public string Key => SessionId is { } s ? $"{OfferingId:N}-{s:N}" : $"{OfferingId:N}";

    public static DraftItem? Parse(string key) => key.Split('-') switch
    {
        [var o] when Guid.TryParseExact(o, "N", out var offering) => new DraftItem(offering, null),
        [var o, var s] when Guid.TryParseExact(o, "N", out var offering) && Guid.TryParseExact(s, "N", out var session) =>
            new DraftItem(offering, session),
        _ => null,
    };
}

/// <summary>
/// The package builder's collection, kept in a cookie of the browser (ids only, no personal data), so that it
/// works without script and without a server-side draft. One item per offering; at most the package limit.
/// </summary>
internal static class PackageDraft
{
    private const string Cookie = "kz.paket";

    public static IReadOnlyList<DraftItem> Read(HttpContext http) =>
        http.Request.Cookies.TryGetValue(Cookie, out var raw) && raw is not null
            ? raw.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(DraftItem.Parse).OfType<DraftItem>()
                .DistinctBy(i => i.OfferingId).Take(CuratedPackages.MaxItems).ToList()
            : [];

    public static void Write(HttpContext http, IEnumerable<DraftItem> items)
    {
        var list = items.DistinctBy(i => i.OfferingId).Take(CuratedPackages.MaxItems).ToList();
        if (list.Count == 0)
        {
            http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
            return;
        }
        http.Response.Cookies.Append(Cookie, string.Join('.', list.Select(i => i.Key)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = TimeSpan.FromDays(30),
        });
    }

    /// <summary>Adds an item, replacing an earlier item of the same offering (another session chosen).</summary>
    public static IReadOnlyList<DraftItem> Add(HttpContext http, DraftItem item)
    {
        var items = Read(http).Where(i => i.OfferingId != item.OfferingId).Append(item).ToList();
        Write(http, items);
        return items;
    }
}
