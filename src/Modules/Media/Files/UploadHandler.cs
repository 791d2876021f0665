using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Media.Files;

/// <summary>
/// Stores an upload checked by its first bytes (the API's <c>POST /files</c> and the publishing forms, whose
/// forms carry the files): the file, or why it was refused: a type not accepted or content not of the declared
/// type (invalid <c>file</c>), too large (<see cref="TooLargeCode"/>, HTTP 413) or the store down
/// (<see cref="StoreUnavailableCode"/>, HTTP 503).
/// </summary>
internal static class UploadHandler
{
    public const string TooLargeCode = "media.file-too-large";

    public const string StoreUnavailableCode = "media.file-store-unavailable";

    public static async Task<Result<MediaFile>> SaveAsync(
        string declared, Stream body, Guid? uploadedBy, IDocumentSession session, IMediaStorage storage, MediaSettings settings, TimeProvider clock,
        ILogger logger, CancellationToken ct)
    {
        if (!MediaTypes.All.Contains(declared))
        {
            return Refusal.Invalid("file", "media.file-type-refused", TextArgs.Of(("type", declared), ("types", MediaTypes.Describe())));
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
                return Refusal.Invalid("file", "media.file-content-mismatch", TextArgs.Of(("type", declared)));
            }
            var saved = new MediaFile(id, declared, length, uploadedBy, clock.GetUtcNow());
            session.Store(saved);
            await session.SaveChangesAsync(ct);
            return saved;
        }
        catch (Exception ex) when (ex is UploadTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            await storage.DeleteAsync(key, CancellationToken.None);
            return Refusal.Conflict(TooLargeCode);
        }
        catch (MediaStorageException ex)
        {
            logger.LogError(ex, "The media file store failed while storing {FileId}", id);
            return Refusal.Conflict(StoreUnavailableCode);
        }
    }

    private static async Task<(long Length, bool Fits)> InspectAsync(IMediaStorage storage, string key, string declared, CancellationToken ct)
    {
        await using var stored = (await storage.OpenReadAsync(key, ct))!;
        var head = new byte[MediaTypes.SniffLength];
        var read = await stored.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return (stored.Length, MediaTypes.Matches(declared, head.AsSpan(0, read)));
    }
}
