namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Staff moved a session to new times and/or gave it a new capacity. Every booking's calendar entry keeps its UID and
/// gets a higher SEQUENCE (<see cref="SessionSeats.Changes"/>), so calendars replace the old entry.
/// </summary>
internal sealed record SessionMoved(Guid SessionId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, DateTimeOffset MovedAt);
