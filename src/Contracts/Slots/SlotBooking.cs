namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>A slot booked by the catalog.</summary>
/// <param name="BookingId">The catalog booking.</param>
/// <param name="SessionId">The slot's session in the catalog.</param>
/// <param name="Slot">The slot.</param>
public sealed record SlotBooking(Guid BookingId, Guid SessionId, SlotOption Slot);
