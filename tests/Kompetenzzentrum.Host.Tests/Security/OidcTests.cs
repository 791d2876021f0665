using System.Security.Claims;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Host.Security;
using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Security;

public sealed class OidcFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:Oidc:Authority"] = "https://login.example.org/realms/kz",
        ["Authentication:Oidc:ClientId"] = "kompetenzzentrum",
        ["Authentication:Oidc:RoleMapping:kz-staff"] = Roles.CenterStaff,
    };
}

public sealed class OidcTests(OidcFixture host) : IClassFixture<OidcFixture>
{
    [Fact]
    public async Task Given_an_authority_in_configuration_Then_OpenID_Connect_sign_in_is_available()
    {
        var schemes = host.Factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.NotNull(await schemes.GetSchemeAsync("OpenIdConnect"));
    }

    [Fact]
    public void Provider_roles_map_to_platform_roles_and_unknown_roles_are_dropped()
    {
        var external = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "abc"), new Claim("roles", "kz-staff"), new Claim("roles", "superuser"), new Claim("preferred_username", "anna")],
            "oidc"));
        var mapped = OidcRoleMapping.Map(
            external, "roles", new Dictionary<string, string> { ["kz-staff"] = Roles.CenterStaff, ["superuser"] = "root" });

        Assert.Equal([Roles.CenterStaff], mapped.FindAll(ClaimTypes.Role).Select(c => c.Value));
        Assert.Equal("anna", mapped.Name);
    }
}

[Collection(ReadOnlyHost.Name)]
public sealed class NoOidcTests(HostFixture host)
{
    [Fact]
    public async Task Given_no_authority_Then_there_is_no_OpenID_Connect_scheme()
    {
        var schemes = host.Factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.Null(await schemes.GetSchemeAsync("OpenIdConnect"));
    }
}
