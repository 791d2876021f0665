using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Consultations.UseCases;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// Everything of a consultation that is free text or personal (contact address, free-text answers, the
/// expert's notes, summary and next steps), kept out of the events so erasure can remove it. Also the use
/// cases ranked when the questionnaire was answered, as shown to the SME and the expert.
/// </summary>
internal sealed record ConsultationTexts(
    Guid Id,
    Guid OrganisationId,
    string Language,
    string? ContactEmail,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<RankedUseCase> RankedUseCases,

    string? PrivateNotes, string? Summary, IReadOnlyList<string> NextSteps)
{
    public IEnumerable<LocalizedText> UseCases => RankedUseCases.Select(u => new LocalizedText(u.Title.De, u.Title.En));
}
