using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.History;

/// <summary>
/// The consultations' part of an organisation's history (the staff's CRM view): each consultation with where it stands, dated by
/// its slot (or, before one is booked, by its last change), with the summary shared with the organisation; the expert's private
/// notes stay out.
/// </summary>
internal sealed class ConsultationHistory(IDocumentStore store) : IOrganisationHistorySource
{
    public async Task<IReadOnlyList<OrganisationHistoryEntry>> ForAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var consultations = await session.Query<Consultation>().Where(c => c.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var texts = (await session.Query<ConsultationTexts>().Where(t => t.OrganisationId == organisationId).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Id);
        var entries = new List<OrganisationHistoryEntry>();
        foreach (var c in consultations)
        {
            var at = c.StartsAt ?? (await session.Events.FetchStreamStateAsync(c.Id, cancellationToken))?.LastTimestamp;
            if (at is not { } when)
            {
                continue;
            }
            var (de, en) = Status(c.Status);
            var summary = texts.GetValueOrDefault(c.Id)?.Summary;
            entries.Add(new OrganisationHistoryEntry(when, "consultations", "consultation",
                new LocalizedText($"Beratung ({de})", $"Consultation ({en})"),
                string.IsNullOrWhiteSpace(summary) ? null : new LocalizedText(summary, summary)));
        }
        return entries;
    }

    private static (string De, string En) Status(ConsultationStatus status) => status switch
    {
        ConsultationStatus.Requested => ("angefragt", "requested"),
        ConsultationStatus.Answered => ("Fragebogen beantwortet", "questionnaire answered"),
        ConsultationStatus.Booked => ("Termin gebucht", "slot booked"),
        ConsultationStatus.Cancelled => ("abgesagt", "cancelled"),
        _ => ("durchgeführt", "held"),
    };
}
