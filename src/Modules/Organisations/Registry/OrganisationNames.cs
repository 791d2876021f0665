using Kompetenzzentrum.Contracts.Organisations;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>Organisation names for other modules' staff views; an erased organisation has none.</summary>
internal sealed class OrganisationNames(IDocumentStore store) : IOrganisationNames
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken)
    {
        if (organisationIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        await using var session = store.QuerySession();
        var organisations = await session.LoadManyAsync<Organisation>(cancellationToken, organisationIds.Distinct());
        return organisations.Where(o => o is { Erased: false } && !string.IsNullOrWhiteSpace(o.Name)).ToDictionary(o => o.Id, o => o.Name);
    }
}
