using Kompetenzzentrum.Contracts.Security;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Serves a file with range requests (players seek), to anyone when it belongs to a public item and to
/// staff otherwise (<see cref="FileVisibility"/>).
/// </summary>
internal static class FileDownload
{
    public static async Task<IResult> Handle(Guid id, HttpContext http, IQuerySession session, IMediaStorage storage, ILogger<MediaFile> logger,
        CancellationToken ct)
    {
        if (await session.LoadAsync<MediaFile>(id, ct) is not { } file)
        {
            return Results.NotFound();
        }
        var isPublic = await FileVisibility.IsPublicAsync(session, id, ct);
        if (!isPublic && !http.User.IsStaff())
        {
            return Results.NotFound();
        }
        Stream? content;
        try
        {
            content = await storage.OpenReadAsync(id.ToString("N"), ct);
        }
        catch (MediaStorageException ex)
        {
            logger.LogError(ex, "The media file store failed while reading {FileId}", id);
            return FileEndpoints.StoreUnavailable(http);
        }
        if (content is null)
        {
            return Results.NotFound();
        }
        // A staff-only file must not land in a shared cache.
        http.Response.Headers.CacheControl = isPublic ? "public, max-age=300" : "private, no-store";
        // Whatever a file holds, a browser never runs it: no sniffing, no script, no origin of ours, and
        // anything but audio, video and pictures is saved instead of opened.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        // Files never change once stored: the id is a strong validator.
        return Results.Stream(content, file.ContentType, fileDownloadName: IsMedia(file.ContentType) ? null : $"{id:N}{Extension(file.ContentType)}",
            lastModified: file.UploadedAt, entityTag: new EntityTagHeaderValue($"\"{id:N}\""), enableRangeProcessing: true);
    }

    /// <summary>Audio, video and raster pictures open in the browser; SVG can carry script, so it is not one of them.</summary>
    public static bool IsMedia(string contentType)
    {
        var type = MediaTypes.Normalize(contentType);
        return (type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal)
                || type.StartsWith("image/", StringComparison.Ordinal))
            && !type.Contains("svg", StringComparison.Ordinal) && !type.Contains("xml", StringComparison.Ordinal);
    }

    private static string Extension(string contentType) => MediaTypes.Normalize(contentType) switch
    {
        MediaTypes.Vtt => ".vtt",
        _ => "",
    };
}
