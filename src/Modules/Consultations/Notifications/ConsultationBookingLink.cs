namespace Kompetenzzentrum.Modules.Consultations.Notifications;

/// <summary>
/// Which consultation a catalog slot booking (<paramref name="Id"/>) belongs to, stored with the booking and with each move,
/// so the catalog's mails of an old booking find their consultation after it moved on.
/// </summary>
internal sealed record ConsultationBookingLink(Guid Id, Guid ConsultationId);
