using System.Globalization;
using JasperFx.Events;
using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Certificates;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog.Notifications;

/// <summary>
/// Mails the booking organisation's contact about every committed change of its booking, each mail with the
/// booking's calendar entry, and schedules the reminder of a confirmed booking. Fed by
/// <see cref="BookingMailSubscription"/> after the commit: a mail that cannot be sent is logged and never
/// undoes the booking. Each mail shows the booking as it was at its event (waitlist place, SEQUENCE).
/// </summary>
internal sealed class BookingNotifier(
    IDocumentStore store,
    IMailSender mail,
    ITemplateRenderer templates,
    ISchedulerFactory schedulers,
    TimeProvider clock,
    ITexts texts,
    IEnumerable<INotificationPreferences> preferences,
    IServiceProvider services,
    SlotBookingMailer slots,
    ILogger<BookingNotifier> logger)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(CalendarFile.TimeZoneId);

    /// <summary>
    /// The mail template an event calls for, if any. A moved session names no booking (<see cref="Guid.Empty"/>): every
    /// booking confirmed at that point gets the mail.
    /// </summary>
    public static (Guid BookingId, string Template)? Notice(object e) => e switch
    {
        BookingConfirmed c => (c.BookingId, BookingMailTemplates.Confirmed),
        BookingWaitlisted w => (w.BookingId, BookingMailTemplates.Waitlisted),
        SeatOffered o => (o.BookingId, BookingMailTemplates.Offered),
        SeatOfferLapsed l => (l.BookingId, BookingMailTemplates.Changed),
        BookingCancelled x => (x.BookingId, BookingMailTemplates.Cancelled),
        BookingRequested r => (r.BookingId, BookingMailTemplates.Pending),
        BookingRejected r => (r.BookingId, BookingMailTemplates.Rejected),
        SessionMoved => (Guid.Empty, BookingMailTemplates.Moved),
        BookingCompleted c => (c.BookingId, BookingMailTemplates.Completed),
        _ => null,
    };

    public async Task NotifyAsync(IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var notices = events.Select(e => (Event: e, Notice: Notice(e.Data))).Where(n => n.Notice is not null)
            .Select(n => (n.Event, n.Notice!.Value.BookingId, n.Notice.Value.Template)).ToList();
        if (notices.Count == 0)
        {
            return;
        }
        await using var query = store.QuerySession();
        var moved = notices.Where(n => n.BookingId == Guid.Empty).Select(n => n.Event.StreamId).Distinct().ToArray();
        var ofMoved = moved.Length == 0
            ? []
            : await query.Query<SessionBooking>().Where(b => moved.Contains(b.SessionId)).Select(b => b.Id).ToListAsync(ct);
        // Without a contact address there is nobody to mail or remind: one read for the whole page, then done.
        var contacts = (await query.LoadManyAsync<BookingAttendees>(ct, notices.Select(n => n.BookingId).Concat(ofMoved).Distinct()))
            .Where(a => !string.IsNullOrWhiteSpace(a.ContactEmail)).ToDictionary(a => a.Id);
        // A slot booking has no attendees: its offering type names whom to mail (SlotBookingMailer).
        var uncontacted = notices.Where(n => n.BookingId != Guid.Empty && !contacts.ContainsKey(n.BookingId)).Select(n => n.Event.StreamId)
            .Distinct().ToArray();
        var slotSessions = uncontacted.Length == 0 || !slots.Any
            ? []
            : (await query.LoadManyAsync<SessionSeats>(ct, uncontacted)).Where(s => s.IsSlot).Select(s => s.Id).ToHashSet();
        var mailed = notices.Where(n => n.BookingId == Guid.Empty || contacts.ContainsKey(n.BookingId) || slotSessions.Contains(n.Event.StreamId));
        foreach (var session in mailed.GroupBy(n => n.Event.StreamId))
        {
            try
            {
                var wanted = session.ToDictionary(n => n.Event.Version, n => (n.Event, n.BookingId, n.Template));
                await NotifySessionAsync(query, session.Key, wanted, contacts, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not send the booking mails of session {SessionId}", session.Key);
            }
        }
    }

    /// <summary>Replays the session's stream up to the last event to mail, mailing each at the state it made.</summary>
    private async Task NotifySessionAsync(
        IQuerySession query,
        Guid sessionId,
        Dictionary<long, (IEvent Event, Guid BookingId, string Template)> wanted,
        Dictionary<Guid, BookingAttendees> contacts,
        CancellationToken ct)
    {
        var history = await query.Events.FetchStreamAsync(sessionId, wanted.Keys.Max(), token: ct);
        var state = history.Select(e => e.Data).OfType<SessionScheduled>().Select(SessionState.Start).FirstOrDefault();
        if (state is null || await query.LoadAsync<CatalogEntry>(state.OfferingId, ct) is not { } offering)
        {
            return;
        }
        string? reason = null;
        foreach (var e in history.Skip(1))
        {
            state = state.Evolve(e.Data);
            reason = e.Data is SessionCancelled cancelled ? cancelled.Reason : reason;
            if (!wanted.TryGetValue(e.Version, out var notice))
            {
                continue;
            }
            if (state.Seats.IsSlot)
            {
                await slots.NotifyAsync(state, offering, e.Data, ct);
                continue;
            }
            if (e.Data is SessionMoved movedTo)
            {
                await MovedAsync(state, offering, movedTo, contacts, ct);
                continue;
            }
            if (state.Find(notice.BookingId) is not { } booking || !contacts.TryGetValue(notice.BookingId, out var contact))
            {
                continue;
            }
            if (e.Data is BookingConfirmed confirmed)
            {
                await BookingReminderJob.ScheduleAsync(schedulers, state, confirmed, logger, ct);
            }
            // A booking that ended because staff cancelled the session is told why, in a mail of its own.
            var template = notice.Template == BookingMailTemplates.Cancelled && state.Seats.IsCancelled ? BookingMailTemplates.SessionCancelled
                : notice.Template;
            var certificate = e.Data is BookingCompleted ? await CertificateAsync(query, state, offering, booking, ct) : null;
            // A rejection tells staff's reason, if they gave one; a cancellation the session's.
            var told = e.Data is BookingRejected { Reason: { } why } ? why : reason;
            await SendAsync(state, offering, booking, contact, template, ct, told, certificate);
        }
    }

    // The certificate in the offering's language, as the mail's text is.
    private async Task<MailAttachment> CertificateAsync(
        IQuerySession query, SessionState state, CatalogEntry offering, SessionBooking booking, CancellationToken ct)
    {
        var culture = CultureInfo.GetCultureInfo(offering.Language == "en" ? "en" : "de");
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            var pdf = await ParticipationCertificate.WriteAsync(
                booking.BookingId, booking.OrganisationId, state.StartsAt, state.EndsAt, offering, query, services, texts.In(culture), ct);
            return new MailAttachment(texts.In(culture).Get("catalog.certificate.file-name") + ".pdf", "application/pdf", pdf);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    // Every booking confirmed when the session moved gets the new times (same UID, higher SEQUENCE) and a reminder at the new time.
    private async Task MovedAsync(
        SessionState state, CatalogEntry offering, SessionMoved moved, Dictionary<Guid, BookingAttendees> contacts, CancellationToken ct)
    {
        foreach (var booking in state.Bookings.Where(b => b.Status == SeatStatus.Confirmed && contacts.ContainsKey(b.BookingId)))
        {
            await BookingReminderJob.RescheduleAsync(schedulers, state, booking.BookingId, moved.MovedAt, logger, ct);
            await SendAsync(state, offering, booking, contacts[booking.BookingId], BookingMailTemplates.Moved, ct);
        }
    }

    public async Task SendAsync(
        SessionState state, CatalogEntry offering, SessionBooking booking, BookingAttendees contact, string template, CancellationToken ct,
        string? reason = null, MailAttachment? certificate = null)
    {
        if (string.IsNullOrWhiteSpace(contact.ContactEmail))
        {
            return;
        }
        // The reminder is the one mail of a booking its recipient may opt out of; the others are transactional.
        if (template == BookingMailTemplates.Reminder
            && !await preferences.AllowAsync(contact.ContactEmail, NotificationKind.SessionReminders, ct))
        {
            return;
        }
        var language = offering.Language == "en" ? "en" : "de";
        var title = language == "en" ? offering.Title.En : offering.Title.De;
        var model = new BookingMailModel(
            title, Local(state.StartsAt), Local(state.EndsAt), offering.Place ?? offering.Link, booking.Seats, contact.Names,
            state.WaitlistPosition(booking.BookingId), booking.OfferExpiresAt is { } expires ? Local(expires) : null, reason);
        var text = await templates.RenderAsync(template, language, model, ct);
        var status = booking.Status switch
        {
            SeatStatus.Cancelled or SeatStatus.Lapsed or SeatStatus.Rejected => CalendarStatus.Cancelled,
            SeatStatus.Confirmed => CalendarStatus.Confirmed,
            _ => CalendarStatus.Tentative,
        };
        var entry = new CalendarEntry(BookingCalendar.Uid(booking), BookingCalendar.Sequence(booking, state.Seats), state.StartsAt, state.EndsAt,
            title, offering.Place ?? offering.Link, status, clock.GetUtcNow());
        var html = MailBody.Html(text);
        // The subject in the offering's language, like the text, whatever the language of the request behind the event.
        var subject = BookingMailTemplates.Subject(template, texts.In(CultureInfo.GetCultureInfo(language)), title);
        // A completed participation gets its certificate instead of a calendar entry: the date is past.
        var attachment = certificate ?? BookingCalendar.Attachment(entry);
        await mail.SendAsync(new OutgoingMail(contact.ContactEmail, subject, html, text, [attachment], template)
        { OrganisationId = booking.OrganisationId }, ct);
    }

    internal static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
