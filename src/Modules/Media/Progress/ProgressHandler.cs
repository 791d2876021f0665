using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Marten;
using Marten.Exceptions;

namespace Kompetenzzentrum.Modules.Media.Progress;

/// <summary>What a progress report did: the item, the position reported and whether it became an event (else it was throttled or repeated).</summary>
internal sealed record ProgressRecorded(Guid ItemId, int PositionSeconds, bool Recorded);

/// <summary>A member's player reports progress: check the report, load the member's progress → <see cref="ProgressDecider"/> → append.</summary>
internal static class ProgressHandler
{
    public static async Task<Result<ProgressRecorded>> RecordAsync(
        Guid itemId, ProgressReport report, Guid? accountId, Guid? organisationId, string? idempotencyKey, IDocumentSession session,
        TimeProvider clock,
        CancellationToken ct)
    {
        List<FieldError> problems = [
            .. When(report.PositionSeconds is null or < 0, "positionSeconds", "media.position-invalid"),
            .. When(report.SharePlayed is null or < 0 or > 1, "sharePlayed", "media.share-invalid"),
        ];
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems);
        }
        if (accountId is not { } account || organisationId is not { } organisation)
        {
            return Refusal.Forbidden("media.progress-members-only");
        }
        if (await PlayableItems.FindAsync(session, itemId, ct) is not { } item)
        {
            return Refusal.NotFound("media.item-not-found");
        }
        var command = new RecordProgress(account, organisation, report.PositionSeconds!.Value, report.SharePlayed!.Value, report.Completed ?? false,
            string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey);
        // Optimistic: a concurrent report of the same member makes this save fail instead of doubling the event.
        var stream = await session.Events.FetchForWriting<PlaybackProgress>(ProgressStreams.Of(account, itemId), ct);
        var decided = ProgressDecider.Record(stream.Aggregate, item, command, clock.GetUtcNow());
        IReadOnlyList<object> events = [.. decided, .. ProgressDecider.Announce(decided, item)];
        var recorded = false;
        if (events.Count > 0)
        {
            stream.AppendMany(events);
            recorded = await TrySaveAsync(session, ct);
        }
        return new ProgressRecorded(itemId, command.PositionSeconds, recorded);
    }

    // Two reports of the same member at once: the first wins, the second counts as throttled.
    private static async Task<bool> TrySaveAsync(IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return false;
        }
    }

    private static IEnumerable<FieldError> When(bool wrong, string field, string code) => wrong ? [new FieldError(field, code)] : [];
}
