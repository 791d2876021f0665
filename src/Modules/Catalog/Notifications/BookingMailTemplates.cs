using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Notifications;

/// <summary>
/// What a booking mail template sees (Scriban names: <c>title</c>, <c>starts</c>, <c>position</c> ...); <c>reason</c> is why
/// staff cancelled the session, in the session-cancelled mail.
/// </summary>
internal sealed record BookingMailModel(
    string Title, string Starts, string Ends, string? Place, int Seats, IReadOnlyList<string> Attendees, int? Position, string? OfferExpires,
    string? Reason = null);

/// <summary>The default German and English templates of every booking mail; staff may override each.</summary>
internal static class BookingMailTemplates
{
    public const string Confirmed = "catalog.booking-confirmed";
    public const string Waitlisted = "catalog.booking-waitlisted";
    public const string Offered = "catalog.seat-offered";
    public const string Changed = "catalog.booking-changed";
    public const string Cancelled = "catalog.booking-cancelled";
    public const string Reminder = "catalog.booking-reminder";
    public const string Pending = "catalog.booking-pending";
    public const string Rejected = "catalog.booking-rejected";
    public const string Moved = "catalog.booking-moved";
    public const string SessionCancelled = "catalog.booking-session-cancelled";
    public const string Completed = "catalog.booking-completed";

    /// <summary>The session's title, times and place, below the text of every catalog mail.</summary>
    internal const string Details = """

        {{ title }}
        {{ starts }} – {{ ends }} (Europe/Berlin){{ if place }}
        {{ place }}{{ end }}
        """;

    // "1 Platz" / "2 Plätze": the template picks the form, so that staff who edit a template keep it.
    private const string SeatsDe = "{{ seats }} {{ if seats == 1 }}Platz{{ else }}Plätze{{ end }}";
    private const string SeatsEn = "{{ seats }} {{ if seats == 1 }}seat{{ else }}seats{{ end }}";

    private static readonly (string Key, string Description, string De, string En)[] All =
    [
        (Confirmed, "Booking confirmed",
            $"Ihre Buchung ist bestätigt ({SeatsDe})." + Details, $"Your booking is confirmed ({SeatsEn})." + Details),
        (Waitlisted, "Booking waitlisted", "Die Veranstaltung ist ausgebucht. Sie stehen auf Platz {{ position }} der Warteliste." + Details,
            "The session is full. You are number {{ position }} on the waiting list." + Details),
        (Offered, "A freed seat is offered", "Es sind Plätze frei geworden. Bitte bestätigen Sie bis {{ offer_expires }}." + Details,
            "Seats became free. Please accept by {{ offer_expires }}." + Details),
        (Changed, "The booking changed (an offer lapsed)", "Ihre Buchung hat sich geändert: das Angebot ist abgelaufen." + Details,
            "Your booking changed: the offer expired." + Details),
        (Cancelled, "Booking cancelled", "Ihre Buchung wurde storniert." + Details, "Your booking was cancelled." + Details),
        (Pending, "Booking request awaits approval",
            $"Ihre Anfrage ({SeatsDe}) ist eingegangen. Das Team prüft sie und meldet sich mit einer Zu- oder Absage." + Details,
            $"We received your request ({SeatsEn}). The team reviews it and will confirm or decline it." + Details),
        (Rejected, "Booking request declined", "Leider können wir Ihre Anfrage nicht annehmen.{{ if reason }} {{ reason }}{{ end }}" + Details,
            "Unfortunately we cannot accept your request.{{ if reason }} {{ reason }}{{ end }}" + Details),
        (Moved, "The session moved (new times or place)", "Ihr Termin wurde verschoben. Es gilt jetzt:" + Details,
            "Your session has moved. It now takes place:" + Details),
        (SessionCancelled, "The session was cancelled by the center",
            "Der Termin wurde abgesagt: {{ reason }}\nIhre Buchung ist damit storniert." + Details,
            "The session was cancelled: {{ reason }}\nYour booking is cancelled." + Details),
        (Completed, "Participation completed (the certificate is attached)",
            "Vielen Dank für Ihre Teilnahme! Ihre Teilnahmebescheinigung hängt als PDF an." + Details,
            "Thank you for taking part! Your certificate of participation is attached as a PDF." + Details),
        (Reminder, "Reminder 24 hours before the session", "Erinnerung: morgen findet Ihre Veranstaltung statt." + Details,
            "Reminder: your session takes place tomorrow." + Details),
    ];

    public static readonly BookingMailModel Sample =
        new("Erlebnistour", "01.12.2026 09:00", "01.12.2026 12:00", "Cottbus", 2, ["Erika Mustermann"], 3, "03.12.2026 09:00",
        "Die Referentin ist erkrankt.");

    public static void Register(IServiceCollection services)
    {
        foreach (var t in All)
        {
            services.AddDefaultTemplate(new TemplateDefinition(t.Key, "de", t.De, t.Description, Sample));
            services.AddDefaultTemplate(new TemplateDefinition(t.Key, "en", t.En, t.Description, Sample));
        }
    }

    /// <summary>
    /// The subject of a mail (<c>catalog.mail.&lt;template&gt;.subject</c>, e.g. "Buchung bestätigt: {title}") in the language of
    /// <paramref name="texts"/>: the recipient's (<see cref="ITexts.In"/>), not the request's.
    /// </summary>
    public static string Subject(string key, ITexts texts, string title) => texts.Get(SubjectCode(key), TextArgs.Of(("title", title)));

    /// <summary>The code of a template's subject: <c>catalog.booking-confirmed</c> has <c>catalog.mail.booking-confirmed.subject</c>.</summary>
    public static string SubjectCode(string key) => "catalog.mail." + key["catalog.".Length..] + ".subject";
}
