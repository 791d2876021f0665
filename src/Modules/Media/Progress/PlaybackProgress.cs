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
