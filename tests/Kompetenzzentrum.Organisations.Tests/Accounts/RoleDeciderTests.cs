using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Organisations.Accounts;

namespace Kompetenzzentrum.Organisations.Tests.Accounts;

public sealed class RoleDeciderTests
{
    [Fact]
    public void The_last_active_administrator_keeps_the_administrator_role_but_a_locked_one_loses_it()
    {
        var last = new Account { Id = Guid.NewGuid(), Roles = [Roles.PlatformAdmin, Roles.Analyst] };
        var locked = new Account { Id = Guid.NewGuid(), Roles = [Roles.PlatformAdmin], Locked = true };

        Assert.Equal(RoleDecider.LastAdminRole, RoleDecider.Revoke(last, Roles.PlatformAdmin, activeAdmins: 1).Refused?.Code);
        Assert.IsType<RoleRevoked>(Assert.Single(RoleDecider.Revoke(last, Roles.PlatformAdmin, activeAdmins: 2).Events));
        Assert.IsType<RoleRevoked>(Assert.Single(RoleDecider.Revoke(last, Roles.Analyst, activeAdmins: 1).Events));
        Assert.IsType<RoleRevoked>(Assert.Single(RoleDecider.Revoke(locked, Roles.PlatformAdmin, activeAdmins: 1).Events));
    }

    [Fact]
    public void A_role_the_account_does_not_hold_is_not_found()
    {
        var account = new Account { Id = Guid.NewGuid(), Roles = [Roles.CenterStaff] };

        Assert.Equal(RoleDecider.RoleNotHeld, RoleDecider.Revoke(account, Roles.Analyst, activeAdmins: 3).Refused?.Code);
    }
}
