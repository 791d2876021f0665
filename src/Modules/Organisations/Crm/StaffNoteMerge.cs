using Kompetenzzentrum.Contracts.Organisations;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>A merge moves the duplicate's staff notes to the survivor, in the merge's transaction.</summary>
internal sealed class StaffNoteMerge : IOrganisationMergeParticipant
{
    public async Task MergeAsync(OrganisationsMerged merged, IDocumentSession session, CancellationToken cancellationToken)
    {
        var notes = await session.Query<StaffNote>().Where(n => n.OrganisationId == merged.DuplicateId).ToListAsync(cancellationToken);
        foreach (var note in notes)
        {
            session.Store(note with { OrganisationId = merged.SurvivorId });
        }
    }
}
