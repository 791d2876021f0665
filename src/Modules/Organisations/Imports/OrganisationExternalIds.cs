using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>Organisations by the external id of their import (a unique index), erased ones left out.</summary>
internal sealed class OrganisationExternalIds(IDocumentStore store) : IOrganisationExternalIds
{
    public async Task<IReadOnlyDictionary<string, Guid>> FindAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        var ids = externalIds.Distinct().ToArray();
        await using var session = store.QuerySession();
        var found = await session.Query<Organisation>().Where(o => !o.Erased && o.ExternalId.IsOneOf(ids))
            .Select(o => new { o.Id, o.ExternalId, o.MergedInto }).ToListAsync(cancellationToken);
        // A merged organisation's external id names the organisation it was merged into.
        return found.ToDictionary(o => o.ExternalId!, o => o.MergedInto ?? o.Id, StringComparer.Ordinal);
    }
}
