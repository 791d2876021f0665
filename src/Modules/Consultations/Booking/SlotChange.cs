namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>What a booking, move or cancellation did, for the mails after the commit.</summary>
internal sealed record SlotChange(Consultation Before, Consultation After, string Template);
