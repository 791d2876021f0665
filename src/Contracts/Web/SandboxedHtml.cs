using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// Serves HTML that a staff-editable template rendered (reports, previews). Such HTML is not the site's own:
/// whatever it contains, the browser shows it in a sandbox of its own (no script, no forms, no plugins, an
/// origin of its own, so it cannot use the viewer's session) with inline styles and embedded images only.
/// </summary>
public static class SandboxedHtml
{
    /// <summary>The Content-Security-Policy of such an answer: <c>sandbox</c> without any <c>allow-</c> flag.</summary>
    public const string Policy =
        "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>An answer with the HTML as <c>text/html</c> and <see cref="Policy"/>.</summary>
    /// <param name="html">The rendered HTML.</param>
    public static IResult Result(string html) => new SandboxedHtmlResult(html);

    private sealed class SandboxedHtmlResult(string html) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers.ContentSecurityPolicy = Policy;
            return Results.Content(html, "text/html; charset=utf-8").ExecuteAsync(httpContext);
        }
    }
}
