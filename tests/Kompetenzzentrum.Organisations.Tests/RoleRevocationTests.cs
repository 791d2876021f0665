using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests;

/// <summary>The claims of an account are cached by its stream version; a change to the account must still count at once.</summary>
public sealed class RoleRevocationTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_a_cached_role_When_it_is_revoked_Then_the_very_next_request_is_refused_and_a_new_grant_counts_at_the_next_sign_in()
    {
        var user = await host.CreateUserAsync(Roles.PlatformAdmin);
        using var admin = await host.AdminAsync();

        // Twice, so the second answer comes from the cached account.
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/organisations/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/organisations/accounts")).StatusCode);

        // A role change ends the account's sessions: the old token is refused as not signed in.
        (await admin.DeleteAsync($"/api/organisations/accounts/{user.AccountId}/roles/{Roles.PlatformAdmin}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync("/api/organisations/accounts")).StatusCode);
        using var withoutRole = await host.SignInAsync(user.Email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await withoutRole.GetAsync("/api/organisations/accounts")).StatusCode);

        (await admin.PostAsJsonAsync($"/api/organisations/accounts/{user.AccountId}/roles", new { role = Roles.PlatformAdmin }))
            .EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await withoutRole.GetAsync("/api/organisations/accounts")).StatusCode);
        using var withRole = await host.SignInAsync(user.Email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, (await withRole.GetAsync("/api/organisations/accounts")).StatusCode);
    }
}
