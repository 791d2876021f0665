using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Sprints.Canvas;

/// <summary>
/// A canvas's entity tag is its stream version. An update must name the version it was based on in
/// <c>If-Match</c>: missing answers 428 (Precondition Required, RFC 6585), stale 412, malformed 400.
/// </summary>
internal static class ETags
{
    public static string Of(long version) => $"\"{version}\"";

    /// <summary>False when the header is malformed; <paramref name="version"/> null when absent.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return true;
        }
        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (long.TryParse(tag.Trim('"'), out var parsed) && parsed > 0)
        {
            version = parsed;
            return true;
        }
        return false;
    }

    public static IResult Required() => Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.",
        detail: "Send the ETag of the canvas you edited, so a concurrent change is not overwritten.");

    public static IResult Stale(long? current) => Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
        title: "The canvas was changed in the meantime.",
        detail: current is { } v ? $"Reload it (current ETag {Of(v)}) and apply your change again." : "Reload it and apply your change again.");
}
