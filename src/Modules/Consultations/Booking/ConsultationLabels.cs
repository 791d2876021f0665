using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>Words the consultation pages share.</summary>
internal static class ConsultationLabels
{
    public static string Status(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Requested => UiText.T("Fragebogen offen", "Questionnaire open"),
        ConsultationStatus.Answered => UiText.T("Termin wählen", "Choose a slot"),
        ConsultationStatus.Booked => UiText.T("Gebucht", "Booked"),
        ConsultationStatus.Cancelled => UiText.T("Abgesagt", "Cancelled"),
        _ => UiText.T("Gespräch geführt", "Talk held"),
    };

    /// <summary>The badge class: the state is also always written out, never colour alone.</summary>
    public static string Badge(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Booked or ConsultationStatus.Held => "badge ok",
        ConsultationStatus.Cancelled => "badge",
        _ => "badge warn",
    };

    public static string Text(LocalizedText text) => UiText.T(text.De, text.En);

    public static string TopicNames(IEnumerable<string> topics) =>
        string.Join(", ", topics.Select(t => Topics.Find(t)?.Name is { } name ? Text(name) : t));

    public static string Day(DayOfWeek day) => UiText.IsEnglish
        ? day.ToString()
        : day switch
        {
            DayOfWeek.Monday => "Montag",
            DayOfWeek.Tuesday => "Dienstag",
            DayOfWeek.Wednesday => "Mittwoch",
            DayOfWeek.Thursday => "Donnerstag",
            DayOfWeek.Friday => "Freitag",
            DayOfWeek.Saturday => "Samstag",
            _ => "Sonntag",
        };

    /// <summary>A slot start as a form value: ISO 8601 with offset, read back by the form binder.</summary>
    public static string FormValue(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
