using Kompetenzzentrum.Contracts.Privacy;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Crm;

/// <summary>An organisation's erasure deletes the staff notes about it: they may name its people.</summary>
internal sealed class StaffNoteEraser(IDocumentStore store) : IPersonalDataEraser
{
    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        if (subject.OrganisationId is not { } organisationId)
        {
            return;
        }
        await using var session = store.LightweightSession();
        session.DeleteWhere<StaffNote>(n => n.OrganisationId == organisationId);
        await session.SaveChangesAsync(cancellationToken);
    }
}
