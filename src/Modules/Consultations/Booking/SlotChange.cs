namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>What a booking, move or cancellation did: the consultation before and after.</summary>
internal sealed record SlotChange(Consultation Before, Consultation After);
