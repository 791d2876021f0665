using JasperFx;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Media.Editing;

/// <summary>
/// Edits of episodes, videos and tours name the version they were based on in <c>If-Match</c> (the ETag of
/// the GET, which is the stream version): missing answers 428, stale 412, so a concurrent edit is never
/// overwritten. The decision is a pure function of the state and the time.
/// </summary>
internal static class VersionedChange
{
    public static string ETag(long version) => $"\"{version}\"";

    public static void SetETag(HttpResponse response, long version) => response.Headers.ETag = ETag(version);

    /// <summary>The stream's version for the ETag of a GET, or null when there is no stream.</summary>
    public static async Task<long?> VersionAsync(IQuerySession session, Guid streamId, CancellationToken ct) =>
        (await session.Events.FetchStreamStateAsync(streamId, ct))?.Version;

    public static async Task<IResult> ApplyAsync<T>(
        HttpContext http, IDocumentSession session, Guid streamId, Func<T, bool> belongs, Func<T, IResult?> validate,
        Func<T, IReadOnlyList<object>> decide, Func<long, Task<IResult>> answer, CancellationToken ct) where T : class
    {
        if (!TryReadIfMatch(http.Request, out var expected))
        {
            return new FieldProblems().Add("If-Match", "Senden Sie das erhaltene ETag, z. B. \"3\".", "Send the ETag you received, e.g. \"3\".").ToResult();
        }
        if (expected is not { } version)
        {
            return Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.",
                detail: "Send the ETag of what you edited, so a concurrent change is not overwritten.");
        }
        try
        {
            var stream = await session.Events.FetchForWriting<T>(streamId, version, ct);
            if (stream.Aggregate is not { } state || !belongs(state))
            {
                return Results.NotFound();
            }
            if (validate(state) is { } refused)
            {
                return refused;
            }
            var events = decide(state);
            stream.AppendMany(events);
            await session.SaveChangesAsync(ct);
            return await answer(version + events.Count);
        }
        catch (ConcurrencyException)
        {
            var current = await VersionAsync(session, streamId, ct);
            return current is { } now
                ? Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "It was changed in the meantime.",
                    detail: $"Reload it (current ETag {ETag(now)}) and apply your change again.")
                : Results.NotFound();
        }
    }

    /// <summary>The version named by <c>If-Match</c>; null when the header is absent or <c>*</c>; false when unreadable.</summary>
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
}
