using System.Security.Claims;
using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Host.Security;

namespace Kompetenzzentrum.Host.Tests.Security;

/// <summary>Who may act at which center (<see cref="CenterRequirement.Allows"/>): the rule behind the staff and analyst policies.</summary>
public sealed class CenterRequirementTests
{
    private static readonly CenterIdentity Default = new(Guid.NewGuid(), "zentrum", "Zentrum", true);
    private static readonly CenterIdentity Lausitz = new(Guid.NewGuid(), "lausitz", "Lausitz", false);

    private static ClaimsPrincipal User(string role, string? center = null) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Role, role), .. center is null ? Array.Empty<Claim>() : [new Claim(KzClaims.Center, center)]], "test"));

    [Theory]
    [InlineData(Roles.CenterStaff)]
    [InlineData(Roles.PartnerStaff)]
    [InlineData(Roles.Analyst)]
    public void Staff_act_only_at_their_own_center_and_without_a_claim_at_the_default_one(string role)
    {
        Assert.True(CenterRequirement.Allows(User(role, "lausitz"), Lausitz));
        Assert.True(CenterRequirement.Allows(User(role, "Lausitz"), Lausitz));
        Assert.False(CenterRequirement.Allows(User(role, "lausitz"), Default));
        Assert.True(CenterRequirement.Allows(User(role), Default));
        Assert.False(CenterRequirement.Allows(User(role), Lausitz));
    }

    [Fact]
    public void Platform_administrators_act_anywhere_and_organisation_members_are_network_wide()
    {
        Assert.True(CenterRequirement.Allows(User(Roles.PlatformAdmin, "lausitz"), Default));
        Assert.True(CenterRequirement.Allows(User(Roles.PlatformAdmin), Lausitz));
        Assert.True(CenterRequirement.Allows(User(Roles.OrganisationMember), Lausitz));
        Assert.True(CenterRequirement.Allows(User(Roles.CenterStaff, "lausitz"), null));
    }
}
