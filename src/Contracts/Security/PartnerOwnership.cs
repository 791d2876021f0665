using System.Security.Claims;

namespace Kompetenzzentrum.Contracts.Security;

/// <summary>
/// The ownership rule for things a partner center manages (catalog offerings, a plugin's own records): center staff
/// and platform administrators manage all of them; partner staff only those recorded for their own center
/// (claim <see cref="KzClaims.PartnerCenter"/>). Record the owner when partner staff create something
/// (<see cref="OwningPartnerCenter"/>) and check <see cref="MayManage"/> before every change.
/// </summary>
public static class PartnerOwnership
{
    /// <summary>
    /// The partner center to record as the owner of something the user creates: the user's own center when the
    /// user is partner staff, null when staff create it (then only staff manage it).
    /// </summary>
    public static string? OwningPartnerCenter(this ClaimsPrincipal user) =>
        !user.IsStaff() && user.IsInRole(Roles.PartnerStaff) && user.FindFirstValue(KzClaims.PartnerCenter) is { Length: > 0 } center ? center : null;

    /// <summary>
    /// Whether the user may change something owned by <paramref name="ownerCenter"/> (null: created by staff). Staff
    /// always may; partner staff only when the owner is their own center; everybody else never.
    /// </summary>
    public static bool MayManage(this ClaimsPrincipal user, string? ownerCenter) =>
        user.IsStaff()
        || (user.IsInRole(Roles.PartnerStaff) && ownerCenter is { Length: > 0 }
            && user.FindFirstValue(KzClaims.PartnerCenter) is { Length: > 0 } center && string.Equals(center, ownerCenter, StringComparison.Ordinal));
}
