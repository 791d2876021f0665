using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Privacy;

/// <summary>
/// The module's personal data lives only in <see cref="ConsultationTexts"/> (contact address, free-text
/// answers, notes, summary, next steps); events hold ids, choice keys and numbers. Erasing an organisation
/// deletes its texts; erasing a person clears their contact address. The export gives the organisation
/// what it was shown and what it wrote, not the expert's private notes (the expert's working material).
/// </summary>
internal sealed class ConsultationPersonalData(IDocumentStore store) : IPersonalDataEraser, IPersonalDataExporter
{
    public string Section => "consultations";

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (subject.OrganisationId is { } organisationId)
        {
            session.DeleteWhere<ConsultationTexts>(t => t.OrganisationId == organisationId);
        }
        foreach (var email in subject.Emails)
        {
            foreach (var texts in await session.Query<ConsultationTexts>().Where(t => t.ContactEmail == email).ToListAsync(cancellationToken))
            {
                session.Store(texts with { ContactEmail = null });
            }
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        var emails = subject.Emails.ToArray();
        var organisationId = subject.OrganisationId ?? Guid.Empty;
        var texts = await query.Query<ConsultationTexts>()
            .Where(t => t.OrganisationId == organisationId || (t.ContactEmail != null && t.ContactEmail.In(emails)))
            .ToListAsync(cancellationToken);
        return texts.Count == 0 ? null : texts.Select(t => new { consultationId = t.Id, t.ContactEmail, t.Answers, t.Summary, t.NextSteps }).ToList();
    }
}
