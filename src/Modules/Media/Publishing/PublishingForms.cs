using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Files;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Media.Publishing;

/// <summary>
/// What the publishing pages share: files from the multipart form go through the same checked upload as
/// the API (<see cref="UploadHandler"/>); the edited version travels in a hidden field and is the version the
/// handlers check, as the API's <c>If-Match</c> is.
/// </summary>
internal sealed class PublishingForms(IDocumentSession session, IMediaStorage storage, MediaSettings settings, TimeProvider clock,
    ILogger<MediaFile> logger, ITexts texts)
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp3"] = MediaTypes.Mp3,
        [".m4a"] = MediaTypes.M4a,
        [".mp4"] = MediaTypes.Mp4,
        [".vtt"] = MediaTypes.Vtt,
        [".jpg"] = MediaTypes.Jpeg,
        [".jpeg"] = MediaTypes.Jpeg,
        [".png"] = MediaTypes.Png,
    };

    /// <summary>
    /// Stores the file posted in <paramref name="field"/> (the API's id field, e.g. <c>audioFileId</c>); null when
    /// none was chosen or it was refused (its message then stands next to the field).
    /// </summary>
    public async Task<Guid?> UploadAsync(IFormCollection form, string field, FormState state, HttpContext http, CancellationToken ct)
    {
        if (form.Files.GetFile(field) is not { Length: > 0 } file)
        {
            return null;
        }
        if (file.Length > settings.MaxUploadBytes)
        {
            state.AddError(field, texts.Get("media.upload-too-large", TextArgs.Of(("megabytes", settings.MaxUploadBytes / 1024 / 1024))));
            return null;
        }
        var declared = MediaTypes.Normalize(file.ContentType);
        if (!MediaTypes.All.Contains(declared) && ByExtension.TryGetValue(Path.GetExtension(file.FileName), out var guessed))
        {
            declared = guessed;
        }
        await using var body = file.OpenReadStream();
        var saved = await UploadHandler.SaveAsync(declared, body, http.User.AccountId(), session, storage, settings, clock, logger, ct);
        if (saved.Refusal is { } refused)
        {
            state.AddError(field, refused.Kind == RefusalKind.Invalid
                ? texts.Get("media.upload-wrong-type", TextArgs.Of(("types", MediaTypes.Describe())))
                : texts.Get("media.upload-not-stored"));
            return null;
        }
        return saved.Value.Id;
    }

    /// <summary>The version a form carries in its hidden <c>version</c> field (the one it was filled in against), or null.</summary>
    public static long? Version(string? posted) => long.TryParse(posted, out var version) ? version : null;
}
