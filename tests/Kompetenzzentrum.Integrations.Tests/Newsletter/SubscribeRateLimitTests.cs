using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>Anonymous sign-ups beyond the limit per client address and minute: 429 problem details, nothing written, nothing mailed.</summary>
public sealed class SubscribeRateLimitTests(StrictSubscribeLimitFixture host) : IClassFixture<StrictSubscribeLimitFixture>
{
    private sealed record Counts(int Pending, int Confirmed, int Withdrawn, int Erased);

    [Fact]
    public async Task Given_the_limit_is_used_up_When_another_sign_up_comes_Then_429_problem_details_and_no_subscriber_or_mail()
    {
        using var anonymous = host.CreateClient();
        var emails = Enumerable.Range(0, StrictSubscribeLimitFixture.Permits + 1).Select(_ => $"leser-{Guid.NewGuid():N}@example.org").ToList();
        var statuses = new List<HttpStatusCode>();
        var problems = new List<string?>();
        foreach (var email in emails)
        {
            var answer = await anonymous.PostAsJsonAsync("/api/newsletter/subscriptions", new { email, topics = new[] { "ki" } });
            statuses.Add(answer.StatusCode);
            problems.Add(answer.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", problems[^1]);
        Assert.NotEmpty(await host.MailsToAsync(emails[0]));
        Assert.Empty(await host.MailsToAsync(emails[^1]));
        Assert.Equal(StrictSubscribeLimitFixture.Permits, (await host.GetJsonAsync<Counts>("/api/newsletter/subscribers/counts")).Pending);
    }
}
