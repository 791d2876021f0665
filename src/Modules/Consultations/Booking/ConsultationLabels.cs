using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>Words the consultation pages share.</summary>
internal static class ConsultationLabels
{
    public static string Status(ITexts texts, ConsultationStatus status) => status switch
    {
        ConsultationStatus.Requested => texts.Get("consultations.status.questionnaire-open"),
        ConsultationStatus.Answered => texts.Get("consultations.status.choose-slot"),
        ConsultationStatus.Booked => texts.Get("consultations.status.booked"),
        ConsultationStatus.Cancelled => texts.Get("consultations.status.cancelled"),
        _ => texts.Get("consultations.status.talk-held"),
    };

    /// <summary>The badge class: the state is also always written out, never colour alone.</summary>
    public static string Badge(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Booked or ConsultationStatus.Held => "badge ok",
        ConsultationStatus.Cancelled => "badge",
        _ => "badge warn",
    };

    public static string Text(LocalizedText text) => text.For(CultureInfo.CurrentUICulture);

    public static string TopicNames(IEnumerable<string> topics) =>
        string.Join(", ", topics.Select(t => Topics.Find(t)?.Name is { } name ? Text(name) : t));

    /// <summary>The weekday's name in the request's language ("Montag", "Monday"): the culture knows it, no text needed.</summary>
    public static string Day(DayOfWeek day) =>
        CultureInfo.GetCultureInfo(UiText.IsEnglish ? "en-GB" : "de-DE").DateTimeFormat.GetDayName(day);

    /// <summary>A slot start as a form value: ISO 8601 with offset, read back by the form binder.</summary>
    public static string FormValue(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
