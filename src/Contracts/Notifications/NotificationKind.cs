namespace Kompetenzzentrum.Contracts.Notifications;

/// <summary>
/// A kind of mail a person may choose not to receive. Only reminder-type mails have a kind: transactional mails
/// (confirmations, cancellations, moved or cancelled dates, passwords, invitations) always go and are never asked about.
/// </summary>
public enum NotificationKind
{
    /// <summary>The reminder the day before a booked session or a sprint workshop.</summary>
    SessionReminders,

    /// <summary>The reminder the day before a booked AI consultation.</summary>
    ConsultationReminders,

    /// <summary>The invitation to a feedback survey after a completed participation.</summary>
    FeedbackSurveys,

    /// <summary>The prompt to take the next round of the Digitalisierungs-Check (T0, T1, …).</summary>
    MaturityPrompts,
}
