using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;

namespace Kompetenzzentrum.Modules.Consultations.Outcomes;

/// <summary>What the staff page of one talk shows.</summary>
internal sealed record TalkModel(
    Consultation Consultation,
    ConsultationTexts? Texts,
    QuestionnaireVersion? Questionnaire,
    ConsultationExpert? Expert,
    bool Started);
