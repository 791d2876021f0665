using System.Security.Claims;
using Kompetenzzentrum.Contracts.Security;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Tokens;

/// <summary>Turns a presented token into a principal limited to the token's scopes.</summary>
internal sealed class AccessTokenValidator(IDocumentStore store, TimeProvider clock) : IPersonalAccessTokenValidator
{
    public static readonly string[] KnownScopes = ["odata:read"];

    public async Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Accounts.Secrets.Hash(token);
        await using var session = store.QuerySession();
        var found = await session.Query<AccessToken>().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (found is null || found.RevokedAt is not null || found.ExpiresAt <= clock.GetUtcNow())
        {
            return null;
        }
        var account = await session.LoadAsync<Accounts.Account>(found.AccountId, cancellationToken);
        // A token is worth no more than its owner: an owner who lost the analyst role or was locked loses its tokens' reach.
        if (account is null || account.Erased || account.Locked
            || !(account.Roles.Contains(Roles.Analyst) || account.Roles.Contains(Roles.PlatformAdmin)))
        {
            return null;
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, found.AccountId.ToString()),
            new(KzClaims.AccountId, found.AccountId.ToString()),
            new(ClaimTypes.Name, "token:" + found.Name),
        };
        claims.AddRange(found.Scopes.Select(s => new Claim(KzClaims.Scope, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "pat"));
    }
}
