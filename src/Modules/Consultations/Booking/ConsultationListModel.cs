namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>What the SME's list of consultations shows.</summary>
internal sealed record ConsultationListModel(IReadOnlyList<Consultation> Consultations, IReadOnlyList<ConsultationOffering> Offerings);
