using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Media.Files;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Media.Publishing;

/// <summary>
/// What the publishing pages share: files from the multipart form go through the same checked upload as
/// the API; the edited version travels in a hidden field and becomes the API's <c>If-Match</c>.
/// </summary>
internal sealed class PublishingForms(IDocumentSession session, IMediaStorage storage, MediaSettings settings, TimeProvider clock, ILogger<MediaFile> logger)
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
            state.AddError(field, UiText.T($"Die Datei ist zu groß (höchstens {settings.MaxUploadBytes / 1024 / 1024} MB).", $"The file is too large (at most {settings.MaxUploadBytes / 1024 / 1024} MB)."));
            return null;
        }
        var declared = MediaTypes.Normalize(file.ContentType);
        if (!MediaTypes.All.Contains(declared) && ByExtension.TryGetValue(Path.GetExtension(file.FileName), out var guessed))
        {
            declared = guessed;
        }
        await using var body = file.OpenReadStream();
        var (saved, refused) = await FileEndpoints.SaveAsync(declared, body, http.User.AccountId(), session, storage, settings, clock, logger, ct);
        if (refused is not null)
        {
            var outcome = ApiOutcome.From(refused);
            state.AddError(field, outcome.Status == StatusCodes.Status400BadRequest
                ? UiText.T($"Diese Datei hat nicht den erwarteten Typ ({MediaTypes.Describe()}).", $"This file is not of an accepted type ({MediaTypes.Describe()}).")
                : UiText.T("Die Datei konnte nicht gespeichert werden. Bitte versuchen Sie es gleich noch einmal.", "The file could not be stored. Please try again in a moment."));
        }
        return saved?.Id;
    }

    /// <summary>The form's hidden <c>version</c> becomes the <c>If-Match</c> the API's change handlers check.</summary>
    public static void CarryVersion(HttpContext http, string? version)
    {
        if (long.TryParse(version, out var v))
        {
            http.Request.Headers.IfMatch = EntityTags.Of(v);
        }
    }

    /// <summary>A flash text for a refused change without a form to show again.</summary>
    public static string Refusal(ApiOutcome outcome) => outcome.Status switch
    {
        StatusCodes.Status412PreconditionFailed => UiText.T("Der Beitrag wurde inzwischen geändert. Bitte prüfen Sie den neuen Stand und versuchen Sie es erneut.",
            "The item was changed in the meantime. Please check the new state and try again."),
        StatusCodes.Status404NotFound => UiText.T("Diesen Beitrag gibt es nicht mehr.", "This item no longer exists."),
        _ => UiText.T("Das hat nicht geklappt.", "That did not work."),
    };
}
