using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>
/// Concurrent writes to one stream never answer 5xx: where the outcome does not depend on what the caller saw the
/// write is retried on fresh state and succeeds, else it answers 409/412 with problem details.
/// </summary>
public sealed class ConcurrencyTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string WrongPassword = "Falsch-Falsch-1";

    [Fact]
    public async Task Twelve_concurrent_wrong_sign_ins_on_one_account_answer_401_or_403_and_never_5xx()
    {
        var user = await host.CreateUserAsync();
        var answers = await Concurrently.SendAsync(12, _ =>
            host.CreateClient().PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = WrongPassword }));
        Concurrently.All(answers, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Ten_concurrent_research_consent_changes_all_succeed()
    {
        var user = await host.CreateUserAsync();
        var answers = await Concurrently.SendAsync(10, i =>
            user.Client.PutAsJsonAsync("/api/organisations/accounts/me/research-consent", new { consent = i % 2 == 0 }));
        Concurrently.All(answers, HttpStatusCode.NoContent);
    }
}
