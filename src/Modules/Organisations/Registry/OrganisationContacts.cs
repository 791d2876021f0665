using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>
/// The addresses that receive mail about an organisation's participation: its administrators' confirmed
/// addresses, or its members' when it has no administrator. None for an erased or unknown organisation;
/// a merged one's are the survivor's.
/// </summary>
internal sealed class OrganisationContacts(IDocumentStore store) : IOrganisationContacts
{
    public async Task<IReadOnlyList<OrganisationContact>> FindAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var organisation = await session.LoadAsync<Organisation>(organisationId, cancellationToken);
        // Mail about a merged organisation's late participations goes to the organisation it was merged into.
        while (organisation?.MergedInto is { } survivor)
        {
            organisation = await session.LoadAsync<Organisation>(survivor, cancellationToken);
        }
        if (organisation is not { Erased: false } || organisation.Members.Count == 0)
        {
            return [];
        }
        var admins = organisation.Members.Where(m => m.IsAdmin).Select(m => m.AccountId).ToArray();
        var ids = admins.Length > 0 ? admins : organisation.Members.Select(m => m.AccountId).ToArray();
        var accounts = await session.LoadManyAsync<Account>(cancellationToken, ids);
        return accounts.Where(a => a is { EmailConfirmed: true, Email: not null })
            .Select(a => new OrganisationContact(a.Email!, "de"))
            .ToList();
    }
}
