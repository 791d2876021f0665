using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>
/// An offering's entity tag is its stream version: every change appends an event, so the version changes
/// with every change and a client holding an old tag is detected (412) instead of overwriting.
/// </summary>
internal static class ETags
{
    public static string Of(long version) => $"\"{version}\"";

    /// <summary>The version named by <c>If-Match</c>; null when the header is absent or <c>*</c>.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return true;
        }
        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (long.TryParse(tag.Trim('"'), out var parsed))
        {
            version = parsed;
            return true;
        }
        return false;
    }

    public static IResult PreconditionFailed(long current, string what = "offering") =>
        Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: $"The {what} was changed in the meantime.",
            detail: $"Reload it (current ETag {Of(current)}) and apply your change again.");

    /// <summary>A 400 naming the header when If-Match is unreadable, else null and the version it names (null when absent).</summary>
    public static IResult? ReadIfMatch(HttpRequest request, out long? version) =>
        TryReadIfMatch(request, out version) ? null : Results.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = ["Send the ETag you received, e.g. \"3\"."] });
}
