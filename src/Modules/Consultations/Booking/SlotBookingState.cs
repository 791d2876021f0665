using Kompetenzzentrum.Modules.Consultations.Experts;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// An expert's slot that starts at the wanted time: <see cref="Free"/> as the read model lists it, <see cref="Taken"/>
/// as its own stream says (read for writing, so a later taker's commit fails).
/// </summary>
internal sealed record SlotCandidate(Guid ExpertId, Slot Slot, bool Free, bool Taken);

/// <summary>
/// What <see cref="SlotBookingDecider"/> decides on, loaded by <see cref="SlotBookingHandler"/>: the consultation, its
/// offering's rules, the fitting experts' slots at the wanted start in routing order, and how many consultations the
/// organisation already has in the quarter of that start.
/// </summary>
internal sealed record SlotBookingState(
    Consultation? Consultation, ConsultationOffering? Offering, IReadOnlyList<SlotCandidate> Candidates, int QuarterUsed);
