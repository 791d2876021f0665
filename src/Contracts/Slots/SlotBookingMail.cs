using Kompetenzzentrum.Contracts.Notifications;

namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>
/// A mail about a slot booking as the offering type words it; the catalog renders <paramref name="Template"/> with
/// <paramref name="Model"/>, attaches the calendar file and sends it through the outbox for the booking organisation.
/// </summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Language"><c>de</c> or <c>en</c>: the template's language.</param>
/// <param name="Template">The key of the type's mail template (registered with <c>AddDefaultTemplate</c>, editable by staff).</param>
/// <param name="Subject">The subject, in <paramref name="Language"/>.</param>
/// <param name="Model">What the template sees (its public properties, snake_case in Scriban).</param>
/// <param name="CalendarUid">The calendar entry's UID: the same for every mail of one appointment, also across moves.</param>
/// <param name="Sequence">The calendar entry's SEQUENCE: higher with every change of the appointment.</param>
/// <param name="Title">The calendar entry's summary.</param>
/// <param name="Place">The calendar entry's location (a place or a video link), if any.</param>
public sealed record SlotBookingMail(
    string To, string Language, string Template, string Subject, object Model, string CalendarUid, int Sequence, string Title, string? Place)
{
    /// <summary>What the recipient switches off to get no reminder; the other mails are transactional and always go.</summary>
    public NotificationKind ReminderKind { get; init; } = NotificationKind.SessionReminders;
}
