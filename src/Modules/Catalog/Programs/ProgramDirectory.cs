using Kompetenzzentrum.Contracts.Catalog;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>Programs as research reports them to the funding body (<see cref="IProgramDirectory"/>).</summary>
internal sealed class ProgramDirectory(IDocumentStore store) : IProgramDirectory
{
    public async Task<ProgramTerm?> FindAsync(Guid programId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<ProgramSummary>(programId, cancellationToken) is { } p
            ? new ProgramTerm(p.Id, p.Name, p.Starts, p.Ends,
                new ProgramTargets(p.Targets.OrganisationsReached, p.Targets.Participations, p.Targets.Satisfaction))
            : null;
    }
}
