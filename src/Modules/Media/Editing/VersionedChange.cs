using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Marten;
using Marten.Exceptions;

namespace Kompetenzzentrum.Modules.Media.Editing;

/// <summary>
/// The handler side of an edit of an episode, a video or a tour: load the stream, let a pure decider decide on
/// its state and version (<see cref="VersionDecider"/> refuses a stale one), append. A writer that commits
/// between load and append makes the change stale as well.
/// </summary>
internal static class VersionedChange
{
    /// <summary>The stream's version for the ETag of a GET, or null when there is no stream.</summary>
    public static async Task<long?> VersionAsync(IQuerySession session, Guid streamId, CancellationToken ct) =>
        (await session.Events.FetchStreamStateAsync(streamId, ct))?.Version;

    /// <summary>Load → decide (state, null when there is none, and its version) → append; the events with the stream's new version.</summary>
    public static async Task<Result<Versioned<IReadOnlyList<object>>>> ApplyAsync<T>(
        IDocumentSession session, Guid streamId, Func<T?, long, Decision> decide, CancellationToken ct) where T : class
    {
        try
        {
            var stream = await session.Events.FetchForWriting<T>(streamId, ct);
            var version = stream.CurrentVersion ?? 0;
            var decision = decide(stream.Aggregate, version);
            if (decision.Refused is { } refused)
            {
                return refused;
            }
            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            return new Versioned<IReadOnlyList<object>>(decision.Events, version + decision.Events.Count);
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return Refusal.Stale(VersionDecider.StaleCode);
        }
    }
}
