using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>Organisation names and the staff picker's search for other modules' staff views; an erased organisation has none.</summary>
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

    public async Task<IReadOnlyList<OrganisationMatch>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var term = text.Trim();
        if (term.Length == 0 || limit < 1)
        {
            return [];
        }
        await using var session = store.QuerySession();
        if (Guid.TryParse(term, out var id))
        {
            return await session.LoadAsync<Organisation>(id, cancellationToken) is { Live: true } one ? [Match(one)] : [];
        }
        var found = (await session.Query<Organisation>()
            .Where(o => !o.Erased && o.MergedInto == null
                && (o.Name.Contains(term, StringComparison.OrdinalIgnoreCase) || o.Postcode.StartsWith(term)))
            .OrderBy(o => o.Name).Take(limit).ToListAsync(cancellationToken)).ToList();
        // "beispiel.de" or "@beispiel.de": the organisations whose members or imported contact write from that domain.
        var domain = term.TrimStart('@');
        if (domain.Contains('.', StringComparison.Ordinal) && !domain.Contains('@', StringComparison.Ordinal))
        {
            var suffix = "@" + domain;
            var members = await session.Query<Account>()
                .Where(a => a.OrganisationId != null && !a.Erased && a.Email!.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                .Select(a => a.OrganisationId!.Value).ToListAsync(cancellationToken);
            var contacts = await session.Query<Organisation>()
                .Where(o => !o.Erased && o.MergedInto == null && o.Contact!.Email!.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                .Select(o => o.Id).ToListAsync(cancellationToken);
            var ids = members.Concat(contacts).Except(found.Select(o => o.Id)).Distinct().ToArray();
            found.AddRange((await session.LoadManyAsync<Organisation>(cancellationToken, ids)).Where(o => o.Live));
        }
        return [.. found.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).Take(limit).Select(Match)];
    }

    private static OrganisationMatch Match(Organisation o) => new(o.Id, o.Name, o.Postcode, o.FederalState);
}
