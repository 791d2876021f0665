using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>A request to schedule a session, as the body arrived.</summary>
internal sealed record ScheduleSessionInput(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int? Capacity);

/// <summary>Pure rules for scheduling sessions of an offering.</summary>
internal static class SessionDecider
{
    public const int MaxCapacity = 10_000;

    public static Decision Schedule(
        Guid sessionId, Guid offeringId, string offeringStatus, CapacityModel? capacityModel, ScheduleSessionInput input, DateTimeOffset now)
    {
        if (input.Capacity is not { } capacity || capacity < 1 || capacity > MaxCapacity)
        {
            return Refusal.Invalid("capacity", "catalog.capacity-range", TextArgs.Of(("max", MaxCapacity)));
        }
        if (capacityModel == CapacityModel.OneToOneSlot && capacity != 1)
        {
            return Refusal.Invalid("capacity", "catalog.one-to-one-capacity");
        }
        if (input.StartsAt is not { } starts || starts <= now)
        {
            return Refusal.Invalid("startsAt", "catalog.session-start-future");
        }
        if (input.EndsAt is not { } ends || ends <= starts)
        {
            return Refusal.Invalid("endsAt", "catalog.session-end-after-start");
        }
        if (offeringStatus == OfferingStatus.Archived)
        {
            return Refusal.Conflict("catalog.offering-archived-no-sessions");
        }
        return Decision.Accept(new SessionScheduled(sessionId, offeringId, starts, ends, capacity));
    }
}
