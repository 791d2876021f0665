using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// Reads one uploaded file from a multipart request, for endpoints and pages that take a file (imports): the request
/// body limit is raised to the file's cap for this request only (JSON bodies keep theirs), and a form that is not
/// multipart, too large or broken counts as no file, so the caller answers 400 naming the field, never 500.
/// </summary>
internal static class UploadedFiles
{
    // Multipart boundaries, headers and other small fields around the file itself.
    private const long Slack = 64 * 1024;

    /// <summary>The form (with its other fields) and the non-empty file of <paramref name="field"/>, or null.</summary>
    /// <param name="http">The request.</param>
    /// <param name="field">The multipart field of the file, e.g. <c>file</c>.</param>
    /// <param name="maxBytes">The largest file accepted.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static async Task<(IFormCollection Form, IFormFile File)?> ReadAsync(
        HttpContext http, string field, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + Slack;
        }
        if (!http.Request.HasFormContentType || http.Request.ContentLength > maxBytes + Slack)
        {
            return null;
        }
        try
        {
            var form = await http.Request.ReadFormAsync(cancellationToken);
            return form.Files.GetFile(field) is { Length: > 0 } file && file.Length <= maxBytes ? (form, file) : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return null;
        }
    }
}
