using Kompetenzzentrum.Contracts.Notifications;

namespace Kompetenzzentrum.Modules.Organisations.Notifications;

/// <summary>
/// The reminder-type mails a person receives (true) or not (false), as the API reads and writes them and the page shows
/// them. Every field is required when written. Transactional mails are not listed: they always go.
/// </summary>
internal sealed record NotificationSettings(bool? SessionReminders, bool? ConsultationReminders, bool? FeedbackSurveys, bool? MaturityPrompts)
{
    /// <summary>Each kind with its field name (the API's camelCase name, the page's form field).</summary>
    public static readonly IReadOnlyList<(NotificationKind Kind, string Field)> Fields =
    [
        (NotificationKind.SessionReminders, "sessionReminders"),
        (NotificationKind.ConsultationReminders, "consultationReminders"),
        (NotificationKind.FeedbackSurveys, "feedbackSurveys"),
        (NotificationKind.MaturityPrompts, "maturityPrompts"),
    ];

    /// <summary>The settings of someone who muted these kinds.</summary>
    public static NotificationSettings Of(IReadOnlyCollection<NotificationKind> muted) => new(
        !muted.Contains(NotificationKind.SessionReminders), !muted.Contains(NotificationKind.ConsultationReminders),
        !muted.Contains(NotificationKind.FeedbackSurveys), !muted.Contains(NotificationKind.MaturityPrompts));

    /// <summary>Whether mail of the kind goes (null when the field was not given).</summary>
    public bool? Receives(NotificationKind kind) => kind switch
    {
        NotificationKind.SessionReminders => SessionReminders,
        NotificationKind.ConsultationReminders => ConsultationReminders,
        NotificationKind.FeedbackSurveys => FeedbackSurveys,
        NotificationKind.MaturityPrompts => MaturityPrompts,
        _ => null,
    };
}
