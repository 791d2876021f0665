using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// Caps request bodies of JSON, form and text requests (setting <c>Web:MaxJsonBodyBytes</c>, default 1 MiB):
/// a declared length above the cap is answered 413 with problem details before anything is read, and the
/// server's own limit is lowered to the cap for bodies sent without a length. Uploads (multipart, binary
/// types) keep the limits their modules set.
/// </summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultLimit = 1024 * 1024;

    private readonly long _limit = configuration.GetValue<long?>("Web:MaxJsonBodyBytes") ?? DefaultLimit;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems, ITexts texts)
    {
        if (!IsCapped(context.Request.ContentType))
        {
            await next(context);
            return;
        }
        if (context.Request.ContentLength > _limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = texts.Get("host.problem.body-too-large"),
                    Detail = texts.Get("host.problem.body-too-large-detail", TextArgs.Of(("max", _limit))),
                },
            });
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature
            && (feature.MaxRequestBodySize is null || feature.MaxRequestBodySize > _limit))
        {
            feature.MaxRequestBodySize = _limit;
        }
        await next(context);
    }

    private static bool IsCapped(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }
        var type = contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
        return type is "application/json" or "application/x-www-form-urlencoded" or "text/plain" || type.EndsWith("+json", StringComparison.Ordinal);
    }
}
