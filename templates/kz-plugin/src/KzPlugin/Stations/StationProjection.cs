using Marten.Events.Aggregation;

namespace KzPlugin.Stations;

/// <summary>Keeps <see cref="Station"/> in step with its stream; runs inline on the host's store (partial: Marten generates the rest).</summary>
internal sealed partial class StationProjection : SingleStreamProjection<Station, Guid>
{
    public static Station Create(StationRegistered e) => new(e.StationId, e.Name, e.Places, null);

    public static Station Apply(StationMaintained e, Station station) => station with { LastMaintainedAt = e.CheckedAt };
}
