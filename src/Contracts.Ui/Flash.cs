using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>How an outcome message looks.</summary>
public enum FlashKind
{
    /// <summary>Something worked.</summary>
    Success,

    /// <summary>A neutral note.</summary>
    Info,

    /// <summary>Something did not work.</summary>
    Error,
}

/// <summary>A message shown once on the next page, after a form was posted and redirected (post/redirect/get).</summary>
/// <param name="Kind">How it looks.</param>
/// <param name="Text">The message in the user's language.</param>
public sealed record FlashMessage(FlashKind Kind, string Text);

/// <summary>Stores one message in a short-lived cookie; the layout shows and removes it.</summary>
public static class Flash
{
    private const string Cookie = "kz.flash";

    /// <summary>Remembers a message for the next page the browser shows.</summary>
    public static void Set(HttpContext http, FlashKind kind, string text) =>
        http.Response.Cookies.Append(Cookie, $"{(int)kind}|{Uri.EscapeDataString(text)}", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = TimeSpan.FromMinutes(5),
        });

    /// <summary>The waiting message, if any, removing it so that it shows only once.</summary>
    public static FlashMessage? Take(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Cookie, out var raw) || raw.Split('|', 2) is not [var kind, var text])
        {
            return null;
        }
        if (!http.Response.HasStarted)
        {
            http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
        }
        return int.TryParse(kind, out var k) && Enum.IsDefined((FlashKind)k)
            ? new FlashMessage((FlashKind)k, Uri.UnescapeDataString(text))
            : null;
    }
}
