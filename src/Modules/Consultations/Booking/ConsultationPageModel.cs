using Kompetenzzentrum.Modules.Consultations.Questionnaires;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>What the SME's page of one consultation shows.</summary>
internal sealed record ConsultationPageModel(
    Consultation Consultation,
    ConsultationTexts? Texts,
    QuestionnaireVersion? Questionnaire,
    string? Place,
    int CancellationNoticeHours,
    IReadOnlyList<DateTimeOffset> Slots);
