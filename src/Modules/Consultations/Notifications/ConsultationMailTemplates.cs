using Kompetenzzentrum.Contracts.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Consultations.Notifications;

/// <summary>What a consultation mail template sees (Scriban: <c>title</c>, <c>starts</c>, <c>ends</c>, <c>place</c>, <c>use_cases</c>).</summary>
internal sealed record ConsultationMailModel(string Title, string Starts, string Ends, string? Place, IReadOnlyList<string> UseCases);

/// <summary>
/// The consultation's mail templates, German and English, which staff may override. The catalog sends them
/// (<see cref="ConsultationSlotMails"/> tells it which one and with what); the keys stayed what they were before the
/// catalog sent them, so overrides staff saved under them still apply.
/// </summary>
internal static class ConsultationMailTemplates
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

    /// <summary>The code of a template's subject: <c>consultations.booked</c> has <c>consultations.mail.booked.subject</c>.</summary>
    public static string SubjectCode(string key) => key switch
    {
        Booked => "consultations.mail.booked.subject",
        Rescheduled => "consultations.mail.rescheduled.subject",
        Cancelled => "consultations.mail.cancelled.subject",
        _ => "consultations.mail.reminder.subject",
    };
}
