using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Staff upload audio, video, captions and images (multipart field <c>file</c>, or the raw body with its
/// Content-Type); files of published items can be fetched by anyone with range requests, so that players can
/// seek; all others by staff only (<see cref="FileVisibility"/>).
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
        HttpContext http, IDocumentSession session, IMediaStorage storage, MediaSettings settings, TimeProvider clock, ILogger<MediaFile> logger, CancellationToken ct)
    {
        var request = http.Request;
        if (request.ContentLength > settings.MaxUploadBytes + (request.HasFormContentType ? MultipartSlack : 0))
        {
            return TooLarge(settings);
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
                return TooLarge(settings);
            }
            if (form.Files.GetFile("file") is not { } file)
            {
                return new FieldProblems().Add("file", "Senden Sie die Datei im Multipart-Feld „file“.", "Send the file in the multipart field 'file'.").ToResult();
            }
            if (file.Length > settings.MaxUploadBytes)
            {
                return TooLarge(settings);
            }
            declared = MediaTypes.Normalize(file.ContentType);
            body = file.OpenReadStream();
        }
        else
        {
            declared = MediaTypes.Normalize(request.ContentType);
            body = request.Body;
        }
        var (saved, refused) = await SaveAsync(declared, body, http.User.AccountId(), session, storage, settings, clock, logger, ct);
        return refused ?? Results.Created(saved!.Url, new { saved.Id, saved.ContentType, saved.Length, saved.Url });
    }

    /// <summary>
    /// Stores an upload checked by its first bytes: the file, or the answer that refuses it (wrong type, too
    /// large, store down). Also used by the publishing pages, whose forms carry the files.
    /// </summary>
    public static async Task<(MediaFile? Saved, IResult? Refused)> SaveAsync(
        string declared, Stream body, Guid? uploadedBy, IDocumentSession session, IMediaStorage storage, MediaSettings settings, TimeProvider clock,
        ILogger logger, CancellationToken ct)
    {
        if (!MediaTypes.All.Contains(declared))
        {
            return (null, WrongType($"Der Typ „{declared}“ wird nicht angenommen; erlaubt sind {MediaTypes.Describe()}.",
                $"Type '{declared}' is not accepted; use one of {MediaTypes.Describe()}."));
        }
        var id = Ids.New(clock);
        var key = id.ToString("N");
        try
        {
            await storage.SaveAsync(key, new CappedStream(body, settings.MaxUploadBytes), ct);
            var (length, fits) = await InspectAsync(storage, key, declared, ct);
            if (!fits)
            {
                await storage.DeleteAsync(key, ct);
                return (null, WrongType($"Der Inhalt ist kein {declared}.", $"The content is not {declared}."));
            }
            var saved = new MediaFile(id, declared, length, uploadedBy, clock.GetUtcNow());
            session.Store(saved);
            await session.SaveChangesAsync(ct);
            return (saved, null);
        }
        catch (Exception ex) when (ex is UploadTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            await storage.DeleteAsync(key, CancellationToken.None);
            return (null, TooLarge(settings));
        }
        catch (MediaStorageException ex)
        {
            logger.LogError(ex, "The media file store failed while storing {FileId}", id);
            return (null, StoreUnavailable());
        }
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

    private static async Task<(long Length, bool Fits)> InspectAsync(IMediaStorage storage, string key, string declared, CancellationToken ct)
    {
        await using var stored = (await storage.OpenReadAsync(key, ct))!;
        var head = new byte[MediaTypes.SniffLength];
        var read = await stored.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return (stored.Length, MediaTypes.Matches(declared, head.AsSpan(0, read)));
    }

    public static IResult StoreUnavailable() => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The file store is not available.", detail: "Try again in a moment.");

    private static IResult WrongType(string german, string english) => new FieldProblems().Add("file", german, english).ToResult();

    public static IResult TooLarge(MediaSettings settings) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The file is too large.",
        detail: $"Files may have at most {settings.MaxUploadBytes} bytes.");
}
