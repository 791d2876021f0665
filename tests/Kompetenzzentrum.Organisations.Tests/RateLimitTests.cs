using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests;

public sealed class StrictRateLimitFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Security:SignInPermitsPerMinute"] = "3" };
}

public sealed class RateLimitTests(StrictRateLimitFixture host) : IClassFixture<StrictRateLimitFixture>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429()
    {
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var signIn = await client.PostAsJsonAsync(
                "/api/organisations/accounts/sign-in", new { email = "x@example.org", password = "Falsch-Falsch-1" });
            statuses.Add(signIn.StatusCode);
        }
        Assert.Equal(
            [
                HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
                HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests,
            ],
            statuses);
    }
}
