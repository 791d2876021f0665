namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>
/// A slot an offering type's own slot source offers: one resource (an expert, a room) at one time. The catalog books it
/// as a session of one seat, created the first time the slot is booked.
/// </summary>
/// <param name="ResourceId">Who or what the slot belongs to; two slots of one resource at one start are the same slot.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="EndsAt">When it ends.</param>
public sealed record SlotOption(Guid ResourceId, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
