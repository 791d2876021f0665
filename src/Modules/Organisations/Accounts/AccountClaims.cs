using System.Security.Claims;
using Kompetenzzentrum.Contracts.Security;
using Marten;
using Microsoft.AspNetCore.Authentication;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Sign-in puts only the account id and its session (<see cref="AccountSessions"/>) into the cookie or token; roles
/// and organisation are added here on every request from the current account, read by the version of its stream in
/// PostgreSQL (<see cref="AccountCache"/>). A session that ended, a revoked role, a lockout or an erasure therefore
/// takes effect at once on every host.
/// </summary>
internal sealed class AccountClaims(IDocumentStore store, AccountCache cache, TimeProvider clock) : IClaimsTransformation
{
    public const string AuthenticationType = "kz-account";

    public static ClaimsPrincipal SignInPrincipal(Account account, AccountSession session) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()), new Claim(KzClaims.AccountId, account.Id.ToString()),
            .. AccountSessions.Claims(account, session.Id)],
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
        if (account is null || account.Erased || !AccountSessions.IsCurrent(account, principal, clock.GetUtcNow()))
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, id.ToString()),
            new(KzClaims.AccountId, id.ToString()),
            new(ClaimTypes.Name, account.DisplayName),
        };
        claims.AddRange(AccountSessions.Claims(account, principal.SessionId()!.Value));
        if (account.Email is { Length: > 0 } email)
        {
            // The account's own address, for pages that prefill it or act for it (newsletter, consultation contact).
            claims.Add(new Claim(ClaimTypes.Email, email));
        }
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
        if (account.Center is { } home)
        {
            claims.Add(new Claim(KzClaims.Center, home));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, identity.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    private async Task<Account?> LoadAsync(Guid id)
    {
        await using var session = store.QuerySession();
        // The version first: an account read after it is at least as new, so the cache never keeps an older one under a newer version.
        if (await session.Events.FetchStreamStateAsync(id) is not { } stream)
        {
            return null;
        }
        if (cache.TryGet(id, stream.Version, out var cached))
        {
            return cached;
        }
        var account = await session.LoadAsync<Account>(id);
        cache.Put(id, stream.Version, account);
        return account;
    }
}
