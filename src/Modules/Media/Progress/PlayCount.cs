using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Media.Progress;

/// <summary>Anonymous plays of an item: a number, nothing else. Keyed by the item id; the stream id is derived.</summary>
internal sealed record PlayCount(Guid Id, long Count);

internal sealed partial class PlayCountProjection : MultiStreamProjection<PlayCount, Guid>
{
    public PlayCountProjection() => Identity<AnonymousPlayCounted>(e => e.ItemId);

    public static PlayCount Create(AnonymousPlayCounted e) => new(e.ItemId, 1);

    public static PlayCount Apply(AnonymousPlayCounted e, PlayCount count) => count with { Count = count.Count + 1 };
}
