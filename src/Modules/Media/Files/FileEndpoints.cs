using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Staff upload audio, video, captions and images (multipart field <c>file</c>, or the raw body with its
/// Content-Type); files of published items can be fetched by anyone with range requests, so that players can
/// seek; all others by staff only (<see cref="FileVisibility"/>). Storing is <see cref="UploadHandler"/>'s.
/// </summary>
internal static class FileEndpoints
{
    // Multipart boundaries and headers around the file itself.
    private const long MultipartSlack = 64 * 1024;

    public static void MapFiles(this IEndpointRouteBuilder api)
    {
        api.MapPost("/files", Upload).RequireAuthorization(Policies.Staff).WithName("UploadMediaFile");
        api.MapGet("/files/{id:guid}", FileDownload.Handle).AllowAnonymous().WithName("GetMediaFile");
    }

    private static async Task<IResult> Upload(
        HttpContext http, IDocumentSession session, IMediaStorage storage, MediaSettings settings, TimeProvider clock, ILogger<MediaFile> logger,
        CancellationToken ct)
    {
        var request = http.Request;
        if (request.ContentLength > settings.MaxUploadBytes + (request.HasFormContentType ? MultipartSlack : 0))
        {
            return TooLarge(http, settings);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.MaxUploadBytes + MultipartSlack;
        }
        string declared;
        Stream body;
        if (request.HasFormContentType)
        {
            var form = await TryReadFormAsync(request, ct);
            if (form is null)
            {
                return TooLarge(http, settings);
            }
            if (form.Files.GetFile("file") is not { } file)
            {
                return Refusal.Invalid("file", "media.file-field-missing").ToHttpResult();
            }
            if (file.Length > settings.MaxUploadBytes)
            {
                return TooLarge(http, settings);
            }
            declared = MediaTypes.Normalize(file.ContentType);
            body = file.OpenReadStream();
        }
        else
        {
            declared = MediaTypes.Normalize(request.ContentType);
            body = request.Body;
        }
        return (await UploadHandler.SaveAsync(declared, body, http.User.AccountId(), session, storage, settings, clock, logger, ct)).Match(
            saved => Results.Created(saved.Url, new { saved.Id, saved.ContentType, saved.Length, saved.Url }),
            refusal => refusal.Code switch
            {
                UploadHandler.TooLargeCode => TooLarge(http, settings),
                UploadHandler.StoreUnavailableCode => StoreUnavailable(http),
                _ => refusal.ToHttpResult(),
            });
    }

    // The server's own limits (form or request body) may stop the read before ours does.
    private static async Task<IFormCollection?> TryReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return null;
        }
    }

    public static IResult StoreUnavailable(HttpContext http)
    {
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
            title: texts.Get(UploadHandler.StoreUnavailableCode), detail: texts.Get(UploadHandler.StoreUnavailableCode + ".detail"));
    }

    public static IResult TooLarge(HttpContext http, MediaSettings settings)
    {
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: texts.Get(UploadHandler.TooLargeCode),
            detail: texts.Get(UploadHandler.TooLargeCode + ".detail", TextArgs.Of(("max", settings.MaxUploadBytes))));
    }
}
