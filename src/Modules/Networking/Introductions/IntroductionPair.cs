using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>
/// An introduction for this SME–startup pair was opened. Every proposal appends one to the pair's stream
/// with optimistic concurrency, so of two proposals for the same pair at the same moment exactly one
/// commits; the other sees a version conflict and answers 409.
/// </summary>
internal sealed record IntroductionPairOpened(Guid PairId, Guid SmeId, Guid StartupId, Guid IntroductionId, DateTimeOffset At);

/// <summary>The pair's latest introduction; the stream (and so the document) id is derived from both ids.</summary>
internal sealed record IntroductionPair(Guid Id, Guid SmeId, Guid StartupId, Guid LatestIntroductionId, int Opened);

internal static class IntroductionPairs
{
    /// <summary>Neither organisation's id: derived, scoped by the SME, from the startup's id.</summary>
    public static Guid StreamOf(Guid smeId, Guid startupId) => Ids.Derived("networking-introduction-pair:" + smeId.ToString("N"), startupId);
}

internal sealed partial class IntroductionPairProjection : SingleStreamProjection<IntroductionPair, Guid>
{
    public static IntroductionPair Create(IntroductionPairOpened e) => new(e.PairId, e.SmeId, e.StartupId, e.IntroductionId, 1);

    public static IntroductionPair Apply(IntroductionPairOpened e, IntroductionPair pair) =>
        pair with { LatestIntroductionId = e.IntroductionId, Opened = pair.Opened + 1 };
}
