using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Host.Ui;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// Writes a browser can be made to send from another site must carry this site's antiforgery token: every
/// page post (<c>KzForm</c> renders the token; the framework itself checks only endpoints that bind a form),
/// and every API write authenticated by the sign-in cookie (the token in the <c>RequestVerificationToken</c>
/// header, as site.js sends it). API calls with a bearer token, a personal access token or Basic credentials
/// are not affected: a browser never adds an Authorization header by itself.
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options)
{
    private readonly string _header = options.Value.HeaderName ?? "RequestVerificationToken";

    public async Task InvokeAsync(HttpContext context)
    {
        if (IsSafe(context.Request.Method) || context.GetEndpoint() is null || !NeedsToken(context) || await IsValidAsync(context))
        {
            await next(context);
            return;
        }
        var field = IsApi(context) ? _header : options.Value.FormFieldName;
        var texts = context.RequestServices.GetRequiredService<ITexts>();
        await new FieldProblems()
            .Add(field, texts.Get("host.antiforgery-missing"))
            .ToResult()
            .ExecuteAsync(context);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool IsApi(HttpContext context) => UiSetup.IsApi(context.Request.Path);

    private static bool NeedsToken(HttpContext context) =>
        !IsApi(context)
        || (context.User.Identity?.IsAuthenticated == true && string.IsNullOrEmpty(context.Request.Headers.Authorization));

    private async Task<bool> IsValidAsync(HttpContext context)
    {
        // The framework's antiforgery middleware has already checked endpoints that bind a form.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { } validated)
        {
            return validated.IsValid;
        }
        // An API body (an upload, say) is never read here to look for a form field: the header or nothing.
        if (IsApi(context) && string.IsNullOrEmpty(context.Request.Headers[_header]))
        {
            return false;
        }
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (Exception ex) when (ex is AntiforgeryValidationException or InvalidDataException)
        {
            // Missing, expired or foreign token, or a form that cannot be read at all.
            return false;
        }
    }
}
