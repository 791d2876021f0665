namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>A slot booking the catalog is about to mail about.</summary>
/// <param name="Kind">Why: booked, cancelled, or the reminder is due.</param>
/// <param name="BookingId">The catalog booking (<see cref="SlotBooking.BookingId"/>).</param>
/// <param name="SessionId">The slot's session in the catalog.</param>
/// <param name="OfferingId">The offering booked.</param>
/// <param name="OrganisationId">The booking organisation.</param>
/// <param name="Slot">The slot booked.</param>
public sealed record SlotBookingNotice(
    SlotMailKind Kind, Guid BookingId, Guid SessionId, Guid OfferingId, Guid OrganisationId, SlotOption Slot);
