using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>The dispatch sends at most N per pass, and a restarted host goes on without sending anyone twice.</summary>
public sealed class ThrottleTests(NewsletterFixture host) : IClassFixture<NewsletterFixture>
{
    [Fact]
    public async Task Given_five_recipients_When_the_host_restarts_between_passes_Then_each_gets_one_mail_at_most_two_per_pass()
    {
        var emails = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            emails.Add(await NewsletterApi.ConfirmedAsync(host, "automatisierung"));
        }
        using var staff = host.CreateAdminClient();
        var campaign = await NewsletterApi.DraftAsync(staff, new { topics = new[] { "automatisierung" } });
        Assert.Equal(5, campaign.SegmentSize);
        await NewsletterApi.SendAsync(staff, campaign.Id);

        var passes = new List<int> { await host.DispatchOnceAsync() };
        await using (var restarted = new KompetenzzentrumFactory(host.ConnectionString, NewsletterFixture.HostSettings))
        {
            for (var pass = 0; pass < 4; pass++)
            {
                passes.Add(await NewsletterFixture.DispatchOnceAsync(restarted.Services));
            }
        }

        Assert.Equal(NewsletterFixture.PerRun, passes[0]);
        Assert.All(passes, handled => Assert.InRange(handled, 0, NewsletterFixture.PerRun));
        Assert.Equal(5, passes.Sum());
        foreach (var email in emails)
        {
            Assert.Single(await host.MailsToAsync(email), m => m.Category == "integrations.newsletter");
        }
        var status = await host.GetJsonAsync<CampaignAnswer>($"/api/newsletter/campaigns/{campaign.Id}");
        Assert.Equal((5, 0, 0), (status.Sent, status.Queued, status.Failed));
    }
}
