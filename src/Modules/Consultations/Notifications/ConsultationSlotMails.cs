using System.Globalization;
using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Modules.Consultations.Research;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Notifications;

/// <summary>
/// What the catalog's booking mails of a consultation slot need from the consultation (<see cref="ISlotBookingMails"/>):
/// the SME's contact address and language, the template and subject, the expert's place or video link and the fitting use
/// cases, and one calendar entry per consultation (UID <c>consultation-&lt;id&gt;@kompetenzzentrum</c>, the consultation's
/// SEQUENCE). The reminder is the one mail the SME may opt out of (<see cref="NotificationKind.ConsultationReminders"/>).
/// </summary>
internal sealed class ConsultationSlotMails(IDocumentStore store, ITexts texts) : ISlotBookingMails
{
    public string OfferingType => ConsultationsModuleKeys.OfferingType;

    public async Task<SlotBookingMail?> MailAsync(SlotBookingNotice notice, CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        if (await ConsultationOfAsync(query, notice.BookingId, cancellationToken) is not { } id
            || await query.LoadAsync<ConsultationTexts>(id, cancellationToken) is not { ContactEmail: { Length: > 0 } to } contact)
        {
            return null;
        }
        var history = await query.Events.FetchStreamAsync(id, token: cancellationToken);
        if (ConsultationMailMoment.Find(history.Select(e => e.Data), notice.BookingId, notice.Kind) is not { } moment
            || moment.Consultation is not { StartsAt: { } starts, EndsAt: { } ends } consultation)
        {
            return null;
        }
        var offering = await query.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(consultation.OfferingId), cancellationToken);
        var expert = consultation.ExpertId is { } expertId ? await query.LoadAsync<ConsultationExpert>(expertId, cancellationToken) : null;
        var place = offering?.Where(expert);
        // The contact's language, not the language of the request that changed the consultation.
        var language = contact.Language == "en" ? "en" : "de";
        var words = texts.In(CultureInfo.GetCultureInfo(language));
        var title = words.Get("consultations.mail.title");
        var useCases = contact.UseCases.Select(u => language == "en" ? u.En : u.De).ToList();
        var model = new ConsultationMailModel(title, Local(starts), Local(ends), place, useCases);
        return new SlotBookingMail(to, language, moment.Template, words.Get(ConsultationMailTemplates.SubjectCode(moment.Template)), model,
            CalendarUid(consultation.Id), consultation.Sequence, title, place)
        {
            ReminderKind = NotificationKind.ConsultationReminders,
        };
    }

    /// <summary>The consultation's calendar entry, the same in every mail and in the page's download.</summary>
    public static string CalendarUid(Guid consultationId) => $"consultation-{consultationId:D}@kompetenzzentrum";

    // Bookings made before the link was stored are found while they are the consultation's current booking.
    private static async Task<Guid?> ConsultationOfAsync(IQuerySession query, Guid bookingId, CancellationToken ct)
    {
        if (await query.LoadAsync<ConsultationBookingLink>(bookingId, ct) is { } link)
        {
            return link.ConsultationId;
        }
        var current = await query.Query<Consultation>().Where(c => c.BookingId == bookingId).Select(c => c.Id).ToListAsync(ct);
        return current.Count == 0 ? null : current[0];
    }

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, SlotGenerator.Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
