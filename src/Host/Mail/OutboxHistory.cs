using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Organisations;
using Marten;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>
/// The outbox's part of an organisation's history (the staff's CRM view): every mail about the organisation
/// (<see cref="OutboxMail.OrganisationId"/>: bookings, consultations, sprints, invitations, check prompts) with its subject and
/// category, dated when it was queued. Bodies are not shown, so codes in mails stay with platform administrators.
/// </summary>
internal sealed class OutboxHistory(IDocumentStore store) : IOrganisationHistorySource
{
    public async Task<IReadOnlyList<OrganisationHistoryEntry>> ForAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var mails = await session.Query<OutboxMail>().Where(m => m.OrganisationId == organisationId)
            .Select(m => new { m.QueuedAt, m.Subject, m.Category }).ToListAsync(cancellationToken);
        return mails.Select(m => new OrganisationHistoryEntry(m.QueuedAt, "mail", "mail",
                new LocalizedText($"E-Mail: {m.Subject}", $"Mail: {m.Subject}"), new LocalizedText(m.Category, m.Category)))
            .ToList();
    }
}
