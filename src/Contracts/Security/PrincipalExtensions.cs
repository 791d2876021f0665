using System.Security.Claims;

namespace Kompetenzzentrum.Contracts.Security;

/// <summary>Reading the platform's claims.</summary>
public static class PrincipalExtensions
{
    /// <summary>The signed-in account's id, or null.</summary>
    public static Guid? AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(KzClaims.AccountId), out var id) ? id : null;

    /// <summary>The organisation of a member, or null.</summary>
    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(KzClaims.OrganisationId), out var id) ? id : null;

    /// <summary>Whether the member administers its organisation.</summary>
    public static bool IsOrganisationAdmin(this ClaimsPrincipal user) => user.HasClaim(KzClaims.OrganisationAdmin, "true");

    /// <summary>Whether the account is center staff or platform admin.</summary>
    public static bool IsStaff(this ClaimsPrincipal user) => user.IsInRole(Roles.CenterStaff) || user.IsInRole(Roles.PlatformAdmin);

    /// <summary>
    /// Whether the user may see data of the given organisation: its own members and staff. Handlers answer
    /// 404, not 403, when this is false, so that ids of other organisations reveal nothing.
    /// </summary>
    public static bool MaySee(this ClaimsPrincipal user, Guid organisationId) =>
        user.IsStaff() || user.OrganisationId() == organisationId;
}
