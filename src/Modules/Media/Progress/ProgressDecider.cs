using Kompetenzzentrum.Contracts.Media;

namespace Kompetenzzentrum.Modules.Media.Progress;

/// <summary>The item a play is about, as research should count it, and the catalog offering it belongs to (if staff linked one).</summary>
internal sealed record PlayableItem(Guid Id, string Type, IReadOnlyList<string> Topics, Guid? OfferingId = null);

/// <summary>A player reports where it is; <see cref="IdempotencyKey"/> is the request's Idempotency-Key header.</summary>
internal sealed record RecordProgress(
    Guid AccountId,
    Guid OrganisationId,
    int PositionSeconds,
    double SharePlayed,
    bool Completed,
    string? IdempotencyKey);

/// <summary>
/// Players report every few seconds; research needs far fewer events. At most one event per member and item
/// every <see cref="Window"/>, a repeated request (same key, or same position) none. An item is completed when the player
/// says so or at least <see cref="CompletedShare"/> of it was played. The first completion
/// is the one exception to the window: dropping it would lose the fact that the member finished.
/// </summary>
internal static class ProgressDecider
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(15);

    /// <summary>Playing this share of an item completes it, whether or not the player reached the end and said so.</summary>
    public const double CompletedShare = 0.9;

    public static IReadOnlyList<object> Record(PlaybackProgress? state, PlayableItem item, RecordProgress command, DateTimeOffset now)
    {
        var progressId = ProgressStreams.Of(command.AccountId, item.Id);
        var firstCompletion = (command.Completed || command.SharePlayed >= CompletedShare) && state is not { Completed: true };
        if (state is not null)
        {
            var repeated = (command.IdempotencyKey is { } key && state.RecentKeys.Contains(key))
                || (state.PositionSeconds == command.PositionSeconds && !firstCompletion);
            if (repeated || (now - state.LastRecordedAt < Window && !firstCompletion))
            {
                return [];
            }
        }
        return firstCompletion
            ? [new MediaCompleted(progressId, command.AccountId, command.OrganisationId, item.Id, item.Type, item.Topics,
                command.PositionSeconds, command.SharePlayed, command.IdempotencyKey, now)]
            : [new MediaPlayed(progressId, command.AccountId, command.OrganisationId, item.Id, item.Type, item.Topics,
                command.PositionSeconds, command.SharePlayed, command.IdempotencyKey, now)];
    }

    /// <summary>
    /// What other modules learn of <paramref name="recorded"/> (the events <see cref="Record"/> decided): a first completion
    /// is announced as the public <see cref="MediaItemCompleted"/>, with the item's offering, so the catalog can complete the
    /// organisation's participation; plays are not.
    /// </summary>
    public static IReadOnlyList<object> Announce(IReadOnlyList<object> recorded, PlayableItem item) =>
        [.. recorded.OfType<MediaCompleted>().Select(c => new MediaItemCompleted(item.Id, item.OfferingId, c.OrganisationId, c.AccountId, c.At))];
}
