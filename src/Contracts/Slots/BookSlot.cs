namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>An organisation books one slot of an offering.</summary>
/// <param name="BookingId">The new booking's id.</param>
/// <param name="OfferingId">The catalog offering booked.</param>
/// <param name="OrganisationId">The booking organisation.</param>
/// <param name="Slot">The slot, as the offering type's slot source chose it.</param>
/// <param name="Limit">The organisation's limit the booking counts against, if any.</param>
public sealed record BookSlot(Guid BookingId, Guid OfferingId, Guid OrganisationId, SlotOption Slot, SlotLimit? Limit = null);
