using Marten.Events.Aggregation;

namespace Lernfabrik.Plugin.Stations;

/// <summary>
/// A station of the model factory was set up, by staff or by partner staff of <paramref name="PartnerCenter"/>: only that
/// center's partner staff (and staff) may change it.
/// </summary>
internal sealed record StationRegistered(Guid StationId, string Name, string Topic, int Places, string? PartnerCenter = null);

/// <summary>A station's maintenance check ran.</summary>
internal sealed record StationMaintained(Guid StationId, DateTimeOffset CheckedAt);

/// <summary>A station as shown to staff; <see cref="PartnerCenter"/> owns it (null: set up by staff).</summary>
internal sealed record Station(Guid Id, string Name, string Topic, int Places, DateTimeOffset? LastMaintainedAt, string? PartnerCenter = null);

/// <summary>Keeps <see cref="Station"/> in step with its stream; runs inline on the host's store.</summary>
internal sealed partial class StationProjection : SingleStreamProjection<Station, Guid>
{
    public static Station Create(StationRegistered e) => new(e.StationId, e.Name, e.Topic, e.Places, null, e.PartnerCenter);

    public static Station Apply(StationMaintained e, Station station) => station with { LastMaintainedAt = e.CheckedAt };
}
