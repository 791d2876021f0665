using System.Globalization;
using System.Net;
using System.Text;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog.Notifications;

/// <summary>
/// Mails the booking organisation's contact about every committed change of its booking, each mail with the
/// booking's calendar entry, and schedules the reminder of a confirmed booking. Runs after the commit: a
/// mail that cannot be sent is logged and never undoes the booking.
/// </summary>
internal sealed class BookingNotifier(IDocumentStore store, IMailSender mail, ITemplateRenderer templates, ISchedulerFactory schedulers, TimeProvider clock, ILogger<BookingNotifier> logger)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(ICalendar.TimeZoneId);

    /// <summary>The mail template an event calls for, if any.</summary>
    public static (Guid BookingId, string Template)? Notice(object e) => e switch
    {
        BookingConfirmed c => (c.BookingId, BookingMailTemplates.Confirmed),
        BookingWaitlisted w => (w.BookingId, BookingMailTemplates.Waitlisted),
        SeatOffered o => (o.BookingId, BookingMailTemplates.Offered),
        SeatOfferLapsed l => (l.BookingId, BookingMailTemplates.Changed),
        BookingCancelled x => (x.BookingId, BookingMailTemplates.Cancelled),
        _ => null,
    };

    public async Task NotifyAsync(Guid sessionId, IReadOnlyList<object> events, bool scheduleReminders, CancellationToken ct)
    {
        var notices = events.Select(Notice).OfType<(Guid BookingId, string Template)>().ToList();
        if (notices.Count == 0)
        {
            return;
        }
        try
        {
            await using var query = store.QuerySession();
            // Without a contact address there is nobody to mail or remind: one cheap read, then done.
            var contacts = (await query.LoadManyAsync<BookingAttendees>(ct, notices.Select(n => n.BookingId).Distinct()))
                .Where(a => !string.IsNullOrWhiteSpace(a.ContactEmail)).ToDictionary(a => a.Id);
            if (contacts.Count == 0)
            {
                return;
            }
            if (await query.LoadAsync<SessionState>(sessionId, ct) is not { } state || await query.LoadAsync<CatalogEntry>(state.OfferingId, ct) is not { } offering)
            {
                return;
            }
            if (scheduleReminders)
            {
                await BookingReminderJob.ScheduleAsync(schedulers, state, events.OfType<BookingConfirmed>().Where(c => contacts.ContainsKey(c.BookingId)), logger, ct);
            }
            foreach (var (bookingId, template) in notices)
            {
                if (contacts.TryGetValue(bookingId, out var contact) && state.Find(bookingId) is { } booking)
                {
                    await SendAsync(state, offering, booking, contact, template, ct);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not send the booking mails of session {SessionId}", sessionId);
        }
    }

    public async Task SendAsync(SessionState state, CatalogEntry offering, SessionBooking booking, BookingAttendees contact, string template, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(contact.ContactEmail))
        {
            return;
        }
        var language = offering.Language == "en" ? "en" : "de";
        var title = language == "en" ? offering.Title.En : offering.Title.De;
        var model = new BookingMailModel(title, Local(state.StartsAt), Local(state.EndsAt), offering.Place ?? offering.Link, booking.Seats, contact.Names,
            state.WaitlistPosition(booking.BookingId), booking.OfferExpiresAt is { } expires ? Local(expires) : null);
        var text = await templates.RenderAsync(template, language, model, ct);
        var status = booking.Status switch
        {
            SeatStatus.Cancelled or SeatStatus.Lapsed => CalendarStatus.Cancelled,
            SeatStatus.Confirmed => CalendarStatus.Confirmed,
            _ => CalendarStatus.Tentative,
        };
        var calendar = ICalendar.Write(new CalendarEntry(booking.BookingId, booking.Sequence, state.StartsAt, state.EndsAt, title, offering.Place ?? offering.Link, status, clock.GetUtcNow()));
        var method = status == CalendarStatus.Cancelled ? "CANCEL" : "REQUEST";
        var html = "<p>" + WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>";
        await mail.SendAsync(new OutgoingMail(contact.ContactEmail, BookingMailTemplates.Subject(template, language, title), html, text,
            [new MailAttachment("booking.ics", $"text/calendar; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(calendar))], template), ct);
    }

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
