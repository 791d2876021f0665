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
    /// <summary>The stream's version for the ETag of a GET, or null when there is no stream.</summary>
    public static async Task<long?> VersionAsync(IQuerySession session, Guid streamId, CancellationToken ct) =>
        (await session.Events.FetchStreamStateAsync(streamId, ct))?.Version;

    public static async Task<IResult> ApplyAsync<T>(
        HttpContext http, IDocumentSession session, Guid streamId, Func<T, bool> belongs, Func<T, IResult?> validate,
        Func<T, IReadOnlyList<object>> decide, Func<long, Task<IResult>> answer, CancellationToken ct) where T : class
    {
        if (EntityTags.RequireIfMatch(http.Request, out var version) is { } ifMatchAnswer)
        {
            return ifMatchAnswer;
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
            return current is null ? Results.NotFound() : EntityTags.Stale(current);
        }
    }
}
