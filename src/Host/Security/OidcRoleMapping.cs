using System.Security.Claims;
using Kompetenzzentrum.Contracts.Security;

namespace Kompetenzzentrum.Host.Security;

/// <summary>
/// Maps the roles an identity provider (Keycloak, Entra ID, ...) sends into the platform's roles, by a
/// configured table from the provider's role names to ours; unknown roles are dropped.
/// </summary>
internal static class OidcRoleMapping
{
    public static ClaimsIdentity Map(ClaimsPrincipal external, string roleClaimType, IReadOnlyDictionary<string, string> mapping)
    {
        var identity = new ClaimsIdentity("oidc", ClaimTypes.Name, ClaimTypes.Role);
        var subject = external.FindFirstValue(ClaimTypes.NameIdentifier) ?? external.FindFirstValue("sub");
        if (subject is not null)
        {
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, subject));
        }
        identity.AddClaim(new Claim(ClaimTypes.Name, external.FindFirstValue("preferred_username") ?? subject ?? "oidc-user"));
        var roles = external.FindAll(roleClaimType).Concat(external.FindAll(ClaimTypes.Role)).Select(c => c.Value);
        var ourRoles = roles.Select(r => mapping.TryGetValue(r, out var ours) ? ours : null).OfType<string>().Where(Roles.All.Contains).Distinct();
        foreach (var role in ourRoles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }
        return identity;
    }
}
