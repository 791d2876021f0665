using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>Five failed sign-ins lock an account however many arrive at once and on however many hosts.</summary>
public sealed class LockoutTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string WrongPassword = "Falsch-Falsch-1";

    [Fact]
    public async Task Twelve_concurrent_wrong_passwords_lock_the_account()
    {
        var user = await host.CreateUserAsync();
        var answers = await Concurrently.SendAsync(12, _ =>
            host.CreateClient().PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = WrongPassword }));

        using var client = host.CreateClient();
        var right = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = TestUsers.Password });
        Assert.False(right.IsSuccessStatusCode, "the right password signed in although twelve wrong ones came before");
        Concurrently.NoServerError(answers);
    }

    [Fact]
    public async Task Twelve_concurrent_wrong_passwords_through_two_hosts_on_one_database_lock_the_account()
    {
        var user = await host.CreateUserAsync();
        await using var second = new KompetenzzentrumFactory(host.ConnectionString, new Dictionary<string, string?>());
        var hosts = new[] { host.Factory, second };
        var answers = await Concurrently.SendAsync(12, i =>
            hosts[i % 2].CreateClient().PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = WrongPassword }));

        foreach (var factory in hosts)
        {
            using var client = factory.CreateClient();
            var right = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in",
                new { email = user.Email, password = TestUsers.Password });
            Assert.False(right.IsSuccessStatusCode, "the right password signed in although twelve wrong ones came before");
        }
        Concurrently.NoServerError(answers);
    }
}
