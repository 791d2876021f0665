namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>A dated occurrence of an offering with a number of seats was scheduled; it starts the session's stream.</summary>
internal sealed record SessionScheduled(Guid SessionId, Guid OfferingId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity);
