using System.Globalization;
using System.Text;
using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Consultations.Notifications;

/// <summary>What a consultation mail template sees (Scriban: <c>title</c>, <c>starts</c>, <c>ends</c>, <c>place</c>, <c>use_cases</c>).</summary>
internal sealed record ConsultationMailModel(string Title, string Starts, string Ends, string? Place, IReadOnlyList<string> UseCases);

/// <summary>
/// Mails the SME's contact about its consultation, each mail with the calendar entry (stable UID,
/// SEQUENCE raised with every change, METHOD:CANCEL when cancelled). Runs after the commit; a mail that
/// cannot be sent is logged and never undoes the booking.
/// </summary>
internal sealed class ConsultationMails(
    IDocumentStore store, IMailSender mail, ITemplateRenderer templates, ITexts texts, TimeProvider clock,
    IEnumerable<INotificationPreferences> preferences, ILogger<ConsultationMails> logger)
{
    public const string Booked = "consultations.booked";
    public const string Rescheduled = "consultations.rescheduled";
    public const string Cancelled = "consultations.cancelled";
    public const string Reminder = "consultations.reminder";

    private const string Details = """

        {{ title }}
        {{ starts }} – {{ ends }} (Europe/Berlin){{ if place }}
        {{ place }}{{ end }}{{ for u in use_cases }}
        - {{ u }}{{ end }}
        """;

    private static readonly (string Key, string Description, string De, string En)[] All =
    [
        (Booked, "AI consultation booked", "Ihre KI-Sprechstunde ist gebucht. Passende Anwendungsfälle:" + Details,
            "Your AI consultation is booked. Fitting use cases:" + Details),
        (Rescheduled, "AI consultation moved", "Ihre KI-Sprechstunde wurde verschoben." + Details, "Your AI consultation was moved." + Details),
        (Cancelled, "AI consultation cancelled", "Ihre KI-Sprechstunde wurde storniert." + Details,
            "Your AI consultation was cancelled." + Details),
        (Reminder, "Reminder the day before the consultation", "Erinnerung: morgen findet Ihre KI-Sprechstunde statt." + Details,
            "Reminder: your AI consultation takes place tomorrow." + Details),
    ];

    public static readonly ConsultationMailModel Sample = new("KI-Sprechstunde", "01.12.2026 10:00", "01.12.2026 11:00",
        "https://meet.example.org/ki", ["Visuelle Qualitätsprüfung"]);

    public static void Register(IServiceCollection services)
    {
        foreach (var t in All)
        {
            services.AddDefaultTemplate(new TemplateDefinition(t.Key, "de", t.De, t.Description, Sample));
            services.AddDefaultTemplate(new TemplateDefinition(t.Key, "en", t.En, t.Description, Sample));
        }
    }

    public async Task SendAsync(Consultation consultation, string template, CancellationToken ct)
    {
        try
        {
            await using var query = store.QuerySession();
            if (await query.LoadAsync<ConsultationTexts>(consultation.Id, ct) is not { ContactEmail: { Length: > 0 } to } contact
                || consultation.StartsAt is not { } starts)
            {
                return;
            }
            // The reminder is the one consultation mail its recipient may opt out of; the others are transactional.
            if (template == Reminder && !await preferences.AllowAsync(to, NotificationKind.ConsultationReminders, ct))
            {
                return;
            }
            var offering = await query.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(consultation.OfferingId), ct);
            var expert = consultation.ExpertId is { } expertId ? await query.LoadAsync<ConsultationExpert>(expertId, ct) : null;
            var place = offering?.Where(expert);
            var language = contact.Language == "en" ? "en" : "de";
            // The contact's language, not the language of the request that moved the consultation.
            var words = texts.In(CultureInfo.GetCultureInfo(language));
            var title = words.Get("consultations.mail.title");
            var useCases = contact.UseCases.Select(u => language == "en" ? u.En : u.De).ToList();
            var model = new ConsultationMailModel(title, Local(starts), Local(consultation.EndsAt!.Value), place, useCases);
            var text = await templates.RenderAsync(template, language, model, ct);
            var cancelled = consultation.Status == ConsultationStatus.Cancelled;
            var calendar = CalendarFile.Write(
                new CalendarEntry($"consultation-{consultation.Id:D}@kompetenzzentrum", consultation.Sequence, starts, consultation.EndsAt!.Value,
                    title, place,
                cancelled ? CalendarStatus.Cancelled : CalendarStatus.Confirmed, clock.GetUtcNow()), "Consultations");
            var subject = words.Get(SubjectCode(template));
            var html = MailBody.Html(text);
            await mail.SendAsync(new OutgoingMail(to, subject, html, text,
                [new MailAttachment("consultation.ics", $"text/calendar; method={(cancelled ? "CANCEL" : "REQUEST")}; charset=utf-8",
                    Encoding.UTF8.GetBytes(calendar))], template)
            { OrganisationId = consultation.OrganisationId }, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not mail consultation {ConsultationId}", consultation.Id);
        }
    }

    /// <summary>The code of a template's subject: <c>consultations.booked</c> has <c>consultations.mail.booked.subject</c>.</summary>
    public static string SubjectCode(string key) => "consultations.mail." + key["consultations.".Length..] + ".subject";

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, SlotGenerator.Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
