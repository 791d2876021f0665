using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>Reads the latest round and the organisation's size class for other modules (the catalog sorts by them).</summary>
internal sealed class MaturityProfileReader(IDocumentStore store) : IMaturityProfiles
{
    public async Task<MaturityProfile?> FindAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        if ((await session.LoadAsync<MaturityHistory>(organisationId, cancellationToken))?.Latest is not { } latest)
        {
            return null;
        }
        var organisation = await session.LoadAsync<Organisation>(organisationId, cancellationToken);
        return organisation is { Erased: true }
            ? null
            : MaturityProfiles.ToProfile(organisationId, latest, MaturityProfiles.ParseSizeClass(organisation?.SizeClass));
    }
}
