using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Merges;

/// <summary>
/// When staff merge two organisations, the duplicate's consultations (answers, slot, outcome) and their texts (free-text
/// answers, contact address, summary, next steps) move to the survivor, in the merge's transaction. Each consultation's stream
/// records the move (<see cref="ConsultationMovedToOrganisation"/>), so the projection keeps it under the survivor when rebuilt;
/// the texts are documents without events and are re-keyed. The catalog moves the slot bookings themselves.
/// </summary>
internal sealed class ConsultationsMerge : IOrganisationMergeParticipant
{
    public async Task MergeAsync(OrganisationsMerged merged, IDocumentSession session, CancellationToken cancellationToken)
    {
        var (from, to) = (merged.DuplicateId, merged.SurvivorId);
        var consultations = await session.Query<Consultation>().Where(c => c.OrganisationId == from).Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var id in consultations)
        {
            session.Events.Append(id, new ConsultationMovedToOrganisation(id, from, to, merged.MergedAt));
        }
        foreach (var texts in await session.Query<ConsultationTexts>().Where(t => t.OrganisationId == from).ToListAsync(cancellationToken))
        {
            session.Store(texts with { OrganisationId = to });
        }
    }
}
