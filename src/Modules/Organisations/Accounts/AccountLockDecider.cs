using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Whether an administrator may lock or unlock an account (pure). Nobody locks themselves, nor the last platform administrator
/// who is not locked (so the installation always keeps one who can sign in); locking a locked account and unlocking one
/// that is not locked record nothing. Unlocking also ends a lockout after failed sign-ins.
/// </summary>
internal static class AccountLockDecider
{
    public const string LockSelf = "organisations.accounts.lock-self";
    public const string LastAdmin = "organisations.accounts.last-admin";

    /// <param name="account">The account to lock.</param>
    /// <param name="by">The administrator locking it.</param>
    /// <param name="activeAdmins">How many platform administrators are neither erased nor locked, the account included.</param>
    /// <param name="now">The time of the lock.</param>
    public static Decision Lock(Account account, Guid by, int activeAdmins, DateTimeOffset now)
    {
        if (account.Id == by)
        {
            return Refusal.Conflict(LockSelf);
        }
        if (account.Locked)
        {
            return Decision.Accept();
        }
        return account.Roles.Contains(Roles.PlatformAdmin) && activeAdmins <= 1
            ? Refusal.Conflict(LastAdmin)
            : Decision.Accept(new AccountLocked(account.Id, by, now));
    }

    public static Decision Unlock(Account account, Guid by, DateTimeOffset now) =>
        account.Locked || account.LockedUntil > now ? Decision.Accept(new AccountUnlocked(account.Id, by, now)) : Decision.Accept();
}
