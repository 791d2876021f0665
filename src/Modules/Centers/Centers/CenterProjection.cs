using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>Keeps <see cref="Center"/> inline with its stream (the unique indexes then guard every save).</summary>
internal sealed partial class CenterProjection : SingleStreamProjection<Center, Guid>
{
    public static Center Create(CenterCreated e) => new(e.CenterId, e.Details, e.IsDefault, e.At, e.At);

    public static Center Apply(CenterChanged e, Center center) => center with { Details = e.Details, UpdatedAt = e.At };
}
