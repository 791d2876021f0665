using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// Headers every answer carries: <c>X-Content-Type-Options: nosniff</c> (a browser never guesses a type),
/// a Referrer-Policy that keeps addresses (survey tokens, ids) on this site, and a Content-Security-Policy.
/// Pages may run only this site's own script and style files: no inline script or style, no plugins, no
/// framing. Everything else (JSON, feeds, files) gets a policy that allows nothing. An answer that set its
/// own policy keeps it (sandboxed reports, media files).
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string NonPagePolicy = "default-src 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (!headers.ContainsKey("Referrer-Policy"))
        {
            headers["Referrer-Policy"] = "same-origin";
        }
        if (!IsHtml(context.Response.ContentType))
        {
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = NonPagePolicy;
            }
            return;
        }
        // Antiforgery sets SAMEORIGIN when it issues a token; no page of ours is meant to be framed at all.
        headers.XFrameOptions = "DENY";
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
                ? ApiReferencePolicy(nonce)
                : PagePolicy;
        }
    }

    // The API reference (Scalar) starts itself with one inline script, which carries this request's nonce; its
    // components insert their own style elements.
    private static string ApiReferencePolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static bool IsHtml(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));
}
