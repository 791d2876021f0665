using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Whether an administrator may take a role from an account (pure). A role the account does not hold is not found; the
/// platform-administrator role stays with the last administrator who is not locked, so the installation always keeps one
/// who can sign in and administer (the same rule as <see cref="AccountLockDecider"/>).
/// </summary>
internal static class RoleDecider
{
    public const string RoleNotHeld = "organisations.accounts.role-not-held";
    public const string LastAdminRole = "organisations.accounts.last-admin-role";

    /// <param name="account">The account losing the role.</param>
    /// <param name="role">The role to take.</param>
    /// <param name="activeAdmins">How many platform administrators are neither erased nor locked, the account included.</param>
    public static Decision Revoke(Account account, string role, int activeAdmins)
    {
        if (!account.Roles.Contains(role))
        {
            return Refusal.NotFound(RoleNotHeld, TextArgs.Of(("role", role)));
        }
        return role == Roles.PlatformAdmin && !account.Locked && activeAdmins <= 1
            ? Refusal.Conflict(LastAdminRole)
            : Decision.Accept(new RoleRevoked(account.Id, role));
    }
}
