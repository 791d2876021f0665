using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>An expert's slot was taken for a consultation.</summary>
internal sealed record ConsultationSlotTaken(
    Guid SlotId,
    Guid ExpertId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Guid ConsultationId,
    Guid OrganisationId,
    DateTimeOffset TakenAt);

/// <summary>The slot is free again (cancelled or moved).</summary>
internal sealed record ConsultationSlotReleased(Guid SlotId, Guid ConsultationId, DateTimeOffset ReleasedAt);

/// <summary>
/// One expert's slot as its own stream, id derived from expert and start, so "taken exactly once" is the
/// stream's version check: two bookings racing for it both read version n and only one commit passes.
/// </summary>
internal sealed record ConsultationSlot(
    Guid Id,
    Guid ExpertId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Guid? ConsultationId,
    Guid? OrganisationId,
    DateTimeOffset LastTakenAt)
{
    public bool Taken => ConsultationId is not null;

    public static Guid StreamFor(Guid expertId, DateTimeOffset startsAt) =>
        Ids.Derived("consultation-slot:" + startsAt.UtcDateTime.ToString("yyyyMMddTHHmmssZ", System.Globalization.CultureInfo.InvariantCulture),
            expertId);
}

internal sealed partial class ConsultationSlotProjection : SingleStreamProjection<ConsultationSlot, Guid>
{
    public static ConsultationSlot Create(ConsultationSlotTaken e) =>
        new(e.SlotId, e.ExpertId, e.StartsAt, e.EndsAt, e.ConsultationId, e.OrganisationId, e.TakenAt);

    public static ConsultationSlot Apply(ConsultationSlotTaken e, ConsultationSlot s) =>
        s with { ConsultationId = e.ConsultationId, OrganisationId = e.OrganisationId, LastTakenAt = e.TakenAt };

    public static ConsultationSlot Apply(ConsultationSlotReleased e, ConsultationSlot s) => s with { ConsultationId = null, OrganisationId = null };
}
