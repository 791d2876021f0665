using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog.Notifications;

/// <summary>
/// The booking mails of slot bookings (<see cref="ISlotBookings"/>): a slot booking has no catalog attendees, so the
/// offering type registered for the offering (<see cref="ISlotBookingMails"/>) names the recipient and words the mail,
/// and the catalog does the rest as for every booking: the calendar file (the type's UID and SEQUENCE, METHOD:CANCEL
/// when cancelled), the reminder 24 hours before (scheduled when booked, dropped when cancelled or moved, the type's
/// opt-out kind) and the outbox. Fed by <see cref="BookingNotifier"/> and <see cref="BookingReminderJob"/>.
/// </summary>
internal sealed class SlotBookingMailer(
    IEnumerable<ISlotBookingMails> types,
    IMailSender mail,
    ITemplateRenderer templates,
    ISchedulerFactory schedulers,
    TimeProvider clock,
    IEnumerable<INotificationPreferences> preferences,
    ILogger<SlotBookingMailer> logger)
{
    private readonly IReadOnlyList<ISlotBookingMails> _types = [.. types];

    /// <summary>Whether any offering type mails its slot bookings at all.</summary>
    public bool Any => _types.Count > 0;

    /// <summary>The mails of an offering type; the one registered last wins when two claim the same type.</summary>
    public ISlotBookingMails? For(string offeringType) =>
        _types.LastOrDefault(t => string.Equals(t.OfferingType, offeringType, StringComparison.Ordinal));

    /// <summary>Mails a committed event of a slot's session, at the state it made (<paramref name="state"/>).</summary>
    public async Task NotifyAsync(SessionState state, CatalogEntry offering, object e, CancellationToken ct)
    {
        (SlotMailKind Kind, Guid BookingId)? notice = e switch
        {
            BookingConfirmed c => (SlotMailKind.Booked, c.BookingId),
            BookingCancelled x => (SlotMailKind.Cancelled, x.BookingId),
            _ => null, // a slot has no waiting list and no approval; its other events mail nothing
        };
        if (notice is not { } n)
        {
            return;
        }
        if (n.Kind == SlotMailKind.Cancelled)
        {
            // Cancelled, or the old booking of a move: its reminder goes; a moved booking's new one is scheduled with it.
            await BookingReminderJob.UnscheduleAsync(schedulers, n.BookingId, logger, ct);
        }
        if (state.Find(n.BookingId) is not { } booking || await MailAsync(state, offering, booking, n.Kind, ct) is not { } details)
        {
            return;
        }
        if (e is BookingConfirmed confirmed)
        {
            await BookingReminderJob.ScheduleAsync(schedulers, state, confirmed, logger, ct);
        }
        await SendAsync(state, booking, details, n.Kind, ct);
    }

    /// <summary>The reminder is due: mailed if the type still stands by the booking and the recipient did not opt out.</summary>
    public async Task RemindAsync(SessionState state, CatalogEntry offering, SessionBooking booking, CancellationToken ct)
    {
        if (await MailAsync(state, offering, booking, SlotMailKind.Reminder, ct) is { } details
            && await preferences.AllowAsync(details.To, details.ReminderKind, ct))
        {
            await SendAsync(state, booking, details, SlotMailKind.Reminder, ct);
        }
    }

    private async Task<SlotBookingMail?> MailAsync(
        SessionState state, CatalogEntry offering, SessionBooking booking, SlotMailKind kind, CancellationToken ct)
    {
        if (For(offering.OfferingType) is not { } type)
        {
            return null;
        }
        var slot = new SlotOption(state.Seats.ResourceId ?? Guid.Empty, state.StartsAt, state.EndsAt);
        var mailed = await type.MailAsync(new SlotBookingNotice(kind, booking.BookingId, state.Id, offering.Id, booking.OrganisationId, slot), ct);
        return mailed is { To.Length: > 0 } ? mailed : null;
    }

    private async Task SendAsync(SessionState state, SessionBooking booking, SlotBookingMail details, SlotMailKind kind, CancellationToken ct)
    {
        var text = await templates.RenderAsync(details.Template, details.Language, details.Model, ct);
        var status = kind == SlotMailKind.Cancelled ? CalendarStatus.Cancelled : CalendarStatus.Confirmed;
        var entry = new CalendarEntry(details.CalendarUid, details.Sequence, state.StartsAt, state.EndsAt, details.Title, details.Place,
            status, clock.GetUtcNow());
        await mail.SendAsync(new OutgoingMail(details.To, details.Subject, MailBody.Html(text), text, [BookingCalendar.Attachment(entry)],
            details.Template)
        { OrganisationId = booking.OrganisationId }, ct);
    }
}
