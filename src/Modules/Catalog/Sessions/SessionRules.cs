using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>A request to schedule a session, as the body arrived.</summary>
internal sealed record ScheduleSessionInput(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int? Capacity);

/// <summary>Pure rules for scheduling sessions of an offering.</summary>
internal static class SessionRules
{
    public const int MaxCapacity = 10_000;

    public static Decision Schedule(Guid sessionId, Guid offeringId, string offeringStatus, CapacityModel? capacityModel, ScheduleSessionInput input, DateTimeOffset now)
    {
        if (input.Capacity is not { } capacity || capacity < 1 || capacity > MaxCapacity)
        {
            return Decision.Reject(RejectionKind.Invalid, $"Die Kapazität liegt zwischen 1 und {MaxCapacity} Plätzen.", $"Capacity must be between 1 and {MaxCapacity} seats.", "capacity");
        }
        if (capacityModel == CapacityModel.OneToOneSlot && capacity != 1)
        {
            return Decision.Reject(RejectionKind.Invalid, "Ein Einzeltermin hat genau einen Platz.", "A one-to-one slot has exactly one seat.", "capacity");
        }
        if (input.StartsAt is not { } starts || starts <= now)
        {
            return Decision.Reject(RejectionKind.Invalid, "Der Termin muss in der Zukunft beginnen.", "The session must start in the future.", "startsAt");
        }
        if (input.EndsAt is not { } ends || ends <= starts)
        {
            return Decision.Reject(RejectionKind.Invalid, "Der Termin muss nach seinem Beginn enden.", "The session must end after it starts.", "endsAt");
        }
        if (offeringStatus == OfferingStatus.Archived)
        {
            return Decision.Reject(RejectionKind.Conflict, "Das Angebot ist archiviert und bekommt keine neuen Termine.", "The offering is archived; it gets no new sessions.");
        }
        return Decision.Accept(new SessionScheduled(sessionId, offeringId, starts, ends, capacity));
    }
}
