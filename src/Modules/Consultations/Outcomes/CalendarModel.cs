using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Experts;

namespace Kompetenzzentrum.Modules.Consultations.Outcomes;

/// <summary>What the staff calendar shows.</summary>
internal sealed record CalendarModel(
    IReadOnlyList<Consultation> Talks,
    IReadOnlyDictionary<Guid, string?> Contacts,
    IReadOnlyList<ConsultationExpert> Experts,
    DateTimeOffset Now);
