namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// A dated occurrence of an offering with a number of seats was scheduled; it starts the session's stream. A slot of an
/// offering type's own slot source (<see cref="Contracts.Slots.ISlotBookings"/>) names its <paramref name="ResourceId"/>
/// and the <paramref name="LimitKey"/> its bookings count under.
/// </summary>
internal sealed record SessionScheduled(
    Guid SessionId, Guid OfferingId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, Guid? ResourceId = null, string? LimitKey = null);
