using System.Security.Claims;
using Kompetenzzentrum.Contracts.Security;
using Marten;
using Microsoft.AspNetCore.Authentication;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Sign-in puts only the account id into the cookie or token; roles and organisation are added here on
/// every request from the current account (<see cref="AccountCache"/> keeps it a few seconds and drops it when
/// the account changes), so a revoked role, a lockout or an erasure takes effect at once on this node.
/// </summary>
internal sealed class AccountClaims(IDocumentStore store, AccountCache cache, TimeProvider clock) : IClaimsTransformation
{
    public const string AuthenticationType = "kz-account";

    public static ClaimsPrincipal SignInPrincipal(Account account) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()), new Claim(KzClaims.AccountId, account.Id.ToString())],
        AuthenticationType));

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true } identity
            || identity.AuthenticationType == "pat"
            || principal.HasClaim(c => c.Type == ClaimTypes.Role)
            || principal.AccountId() is not { } id)
        {
            return principal;
        }
        var account = await LoadAsync(id);
        if (account is null || account.Erased)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, id.ToString()),
            new(KzClaims.AccountId, id.ToString()),
            new(ClaimTypes.Name, account.DisplayName),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.OrganisationId is { } organisation)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.OrganisationMember));
            claims.Add(new Claim(KzClaims.OrganisationId, organisation.ToString()));
            if (account.IsOrganisationAdmin)
            {
                claims.Add(new Claim(KzClaims.OrganisationAdmin, "true"));
            }
        }
        if (account.PartnerCenter is { } center)
        {
            claims.Add(new Claim(KzClaims.PartnerCenter, center));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, identity.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    private async Task<Account?> LoadAsync(Guid id)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGet(id, now, out var cached))
        {
            return cached;
        }
        var version = cache.Version;
        await using var session = store.QuerySession();
        var account = await session.LoadAsync<Account>(id);
        cache.Put(id, account, version, now);
        return account;
    }
}
