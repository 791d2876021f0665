using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Media.Progress;

internal sealed partial class PlaybackProgressProjection : SingleStreamProjection<PlaybackProgress, Guid>
{
    public static PlaybackProgress Create(MediaPlayed e) =>
        new PlaybackProgress(e.ProgressId, e.AccountId, e.ItemId, 0, 0, false, e.At, [])
            .Advance(e.PositionSeconds, e.SharePlayed, false, e.IdempotencyKey, e.At);

    public static PlaybackProgress Create(MediaCompleted e) =>
        new PlaybackProgress(e.ProgressId, e.AccountId, e.ItemId, 0, 0, false, e.At, [])
            .Advance(e.PositionSeconds, e.SharePlayed, true, e.IdempotencyKey, e.At);

    public static PlaybackProgress Apply(MediaPlayed e, PlaybackProgress p) =>
        p.Advance(e.PositionSeconds, e.SharePlayed, false, e.IdempotencyKey, e.At);

    public static PlaybackProgress Apply(MediaCompleted e, PlaybackProgress p) =>
        p.Advance(e.PositionSeconds, e.SharePlayed, true, e.IdempotencyKey, e.At);
}
