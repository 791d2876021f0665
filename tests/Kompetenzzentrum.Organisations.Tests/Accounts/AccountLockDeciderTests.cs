using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Organisations.Accounts;

namespace Kompetenzzentrum.Organisations.Tests.Accounts;

public sealed class AccountLockDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.NewGuid();

    [Fact]
    public void The_last_platform_administrator_who_is_not_locked_cannot_be_locked()
    {
        var last = new Account { Id = Guid.NewGuid(), Roles = [Roles.PlatformAdmin] };

        Assert.Equal(AccountLockDecider.LastAdmin, AccountLockDecider.Lock(last, Admin, activeAdmins: 1, Now).Refused?.Code);
        Assert.IsType<AccountLocked>(Assert.Single(AccountLockDecider.Lock(last, Admin, activeAdmins: 2, Now).Events));
    }

    [Fact]
    public void Nobody_locks_themselves_and_a_locked_account_is_not_locked_again()
    {
        var self = new Account { Id = Admin, Roles = [Roles.PlatformAdmin] };
        var locked = new Account { Id = Guid.NewGuid(), Locked = true };

        Assert.Equal(AccountLockDecider.LockSelf, AccountLockDecider.Lock(self, Admin, activeAdmins: 5, Now).Refused?.Code);
        var again = AccountLockDecider.Lock(locked, Admin, activeAdmins: 5, Now);
        Assert.False(again.IsRefused);
        Assert.Empty(again.Events);
    }

    [Fact]
    public void Unlocking_records_who_did_it_also_for_a_lockout_after_failed_sign_ins_and_nothing_for_an_open_account()
    {
        var lockedOut = new Account { Id = Guid.NewGuid(), LockedUntil = Now.AddMinutes(5) };
        var expired = new Account { Id = Guid.NewGuid(), LockedUntil = Now.AddMinutes(-5) };

        var unlocked = Assert.IsType<AccountUnlocked>(Assert.Single(AccountLockDecider.Unlock(lockedOut, Admin, Now).Events));
        Assert.Equal((lockedOut.Id, Admin, Now), (unlocked.AccountId, unlocked.By, unlocked.At));
        Assert.Empty(AccountLockDecider.Unlock(expired, Admin, Now).Events);
    }
}
