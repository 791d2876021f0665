using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>A member's own confirmed address; none for an unconfirmed or erased account.</summary>
internal sealed class MemberAddresses(IDocumentStore store) : IMemberAddresses
{
    public async Task<string?> ConfirmedAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var account = await session.LoadAsync<Account>(accountId, cancellationToken);
        return account is { EmailConfirmed: true, Erased: false, Email: { Length: > 0 } email } ? email : null;
    }
}
