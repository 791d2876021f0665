using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>Staff said two organisations the rules paired are not one (ids in order); the pair is no longer proposed.</summary>
internal sealed record DuplicateDismissed(Guid First, Guid Second, Guid DismissedBy, DateTimeOffset At);

/// <summary>A pair staff marked as not a duplicate; one stream and document per pair.</summary>
internal sealed record DismissedDuplicate(Guid Id, Guid First, Guid Second, DateTimeOffset At)
{
    public static Guid IdOf(Guid a, Guid b)
    {
        var (first, second) = DuplicateRules.PairKey(a, b);
        return Ids.Derived("organisation-duplicate-pair:" + first.ToString("N"), second);
    }
}

internal sealed partial class DismissedDuplicateProjection : SingleStreamProjection<DismissedDuplicate, Guid>
{
    public static DismissedDuplicate Create(DuplicateDismissed e) => new(DismissedDuplicate.IdOf(e.First, e.Second), e.First, e.Second, e.At);
}
