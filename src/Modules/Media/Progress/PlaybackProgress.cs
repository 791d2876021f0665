using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Media.Progress;

/// <summary>Where a member stands in one item; the id is derived from account and item (see <see cref="ProgressStreams"/>).</summary>
internal sealed record PlaybackProgress(
    Guid Id, Guid AccountId, Guid ItemId, int PositionSeconds, double SharePlayed, bool Completed,
    DateTimeOffset LastRecordedAt, IReadOnlyList<string> RecentKeys)
{
    /// <summary>Idempotency keys kept per item and member: enough for a player's retries.</summary>
    public const int KeptKeys = 20;

    public PlaybackProgress Advance(int position, double share, bool completed, string? key, DateTimeOffset at) => this with
    {
        PositionSeconds = position,
        SharePlayed = share,
        Completed = Completed || completed,
        LastRecordedAt = at,
        RecentKeys = key is null ? RecentKeys : [.. RecentKeys.Append(key).TakeLast(KeptKeys)],
    };
}

internal static class ProgressStreams
{
    public static Guid Of(Guid accountId, Guid itemId) => Contracts.Kernel.Ids.Derived("media-progress:" + accountId.ToString("N"), itemId);
}

internal sealed partial class PlaybackProgressProjection : SingleStreamProjection<PlaybackProgress, Guid>
{
    public static PlaybackProgress Create(MediaPlayed e) =>
        new PlaybackProgress(e.ProgressId, e.AccountId, e.ItemId, 0, 0, false, e.At, []).Advance(e.PositionSeconds, e.SharePlayed, false, e.IdempotencyKey, e.At);

    public static PlaybackProgress Create(MediaCompleted e) =>
        new PlaybackProgress(e.ProgressId, e.AccountId, e.ItemId, 0, 0, false, e.At, []).Advance(e.PositionSeconds, e.SharePlayed, true, e.IdempotencyKey, e.At);

    public static PlaybackProgress Apply(MediaPlayed e, PlaybackProgress p) => p.Advance(e.PositionSeconds, e.SharePlayed, false, e.IdempotencyKey, e.At);

    public static PlaybackProgress Apply(MediaCompleted e, PlaybackProgress p) => p.Advance(e.PositionSeconds, e.SharePlayed, true, e.IdempotencyKey, e.At);
}
