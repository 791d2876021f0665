using Kompetenzzentrum.Modules.Consultations.Experts;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>An expert's slot that starts at the wanted time; <see cref="Free"/> as the catalog's slot engine lists it.</summary>
internal sealed record SlotCandidate(Guid ExpertId, Slot Slot, bool Free);

/// <summary>
/// What <see cref="SlotBookingDecider"/> decides on, loaded by <see cref="SlotBookingHandler"/>: the consultation, its
/// offering's rules, and the fitting experts' slots at the wanted start in routing order.
/// </summary>
internal sealed record SlotBookingState(Consultation? Consultation, ConsultationOffering? Offering, IReadOnlyList<SlotCandidate> Candidates);
