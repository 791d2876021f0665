using Kompetenzzentrum.Contracts.Catalog;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>The type of an offering, for modules that link their records to offerings (<see cref="IOfferingDirectory"/>).</summary>
internal sealed class OfferingDirectory(IDocumentStore store) : IOfferingDirectory
{
    public async Task<string?> FindTypeAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<CatalogEntry>(offeringId, cancellationToken))?.OfferingType;
    }
}
