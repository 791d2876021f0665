using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>Double opt-in, headers of RFC 8058, one-click unsubscribe and bad input, over HTTP with mails read back from the outbox.</summary>
public sealed class DoubleOptInTests(NewsletterFixture host) : IClassFixture<NewsletterFixture>
{
    [Fact]
    public async Task Given_a_confirmed_and_an_unconfirmed_subscriber_When_a_campaign_is_sent_Then_only_the_confirmed_gets_it_with_its_headers()
    {
        var confirmed = await NewsletterApi.ConfirmedAsync(host, "cloud");
        var unconfirmed = $"leser-{Guid.NewGuid():N}@example.org";
        using (var anonymous = host.CreateClient())
        {
            await NewsletterApi.SubscribeAsync(anonymous, unconfirmed, "cloud");
        }
        using var staff = host.CreateAdminClient();
        var campaign = await NewsletterApi.DraftAsync(staff, new { topics = new[] { "cloud" } });

        await NewsletterApi.SendAsync(staff, campaign.Id);
        await NewsletterApi.DispatchAllAsync(host);

        var mail = Assert.Single(await host.MailsToAsync(confirmed), m => m.Category == "integrations.newsletter");
        Assert.Contains($"Hallo {confirmed}", mail.TextBody);
        Assert.Contains($"{NewsletterFixture.BaseUrl}/newsletter/abmelden/", mail.TextBody);
        Assert.Matches(@"^<https://kz\.test/api/newsletter/abmelden/[^>]+>, <mailto:abmelden@kz\.test\?subject=unsubscribe>$",
            mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.DoesNotContain(await host.MailsToAsync(unconfirmed), m => m.Category == "integrations.newsletter");
    }

    [Fact]
    public async Task Given_a_newsletter_mail_When_the_mail_client_posts_one_click_Then_the_next_campaign_skips_the_address()
    {
        var email = await NewsletterApi.ConfirmedAsync(host, "nachhaltigkeit");
        using var staff = host.CreateAdminClient();
        var first = await NewsletterApi.DraftAsync(staff, new { topics = new[] { "nachhaltigkeit" } });
        await NewsletterApi.SendAsync(staff, first.Id);
        await NewsletterApi.DispatchAllAsync(host);
        var header = Assert.Single(await host.MailsToAsync(email), m => m.Category == "integrations.newsletter").Headers["List-Unsubscribe"];
        var oneClick = new Uri(header[1..header.IndexOf('>', StringComparison.Ordinal)]);

        using var mailClient = host.CreateClient(); // RFC 8058: a POST without cookies, body "List-Unsubscribe=One-Click"
        var answer = await mailClient.PostAsync(oneClick.AbsolutePath,
            new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);

        var second = await NewsletterApi.DraftAsync(staff, new { topics = new[] { "nachhaltigkeit" } });
        Assert.Equal(0, second.SegmentSize);
        await NewsletterApi.SendAsync(staff, second.Id);
        await NewsletterApi.DispatchAllAsync(host);
        Assert.Single(await host.MailsToAsync(email), m => m.Category == "integrations.newsletter");
    }

    [Fact]
    public async Task Given_an_unsubscribe_link_When_opened_Then_a_page_asks_first_and_a_forged_token_is_not_found()
    {
        var email = await NewsletterApi.ConfirmedAsync(host, "daten");
        using var staff = host.CreateAdminClient();
        var campaign = await NewsletterApi.DraftAsync(staff, new { topics = new[] { "daten" } });
        await NewsletterApi.SendAsync(staff, campaign.Id);
        await NewsletterApi.DispatchAllAsync(host);
        var text = Assert.Single(await host.MailsToAsync(email), m => m.Category == "integrations.newsletter").TextBody;
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(text, @"https://kz\.test/newsletter/abmelden/\S+").Value);
        using var browser = host.CreateClient();

        var page = await browser.GetAsync(link.AbsolutePath);
        var forged = await browser.GetAsync("/newsletter/abmelden/nicht-echt");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(email, await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(1, (await NewsletterApi.CountAsync(staff, new { topics = new[] { "daten" } })).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Given_bad_input_When_subscribing_or_drafting_Then_400_names_the_field()
    {
        using var anonymous = host.CreateClient();
        using var staff = host.CreateAdminClient();

        var subscription = await HttpAnswers.Problem(await anonymous.PostAsJsonAsync("/api/newsletter/subscriptions",
            new { email = "keine-adresse", topics = new[] { "astrologie" } }), HttpStatusCode.BadRequest);
        var draft = await HttpAnswers.Problem(await staff.PostAsJsonAsync("/api/newsletter/campaigns",
            new { subject = "", body = "{{ if }}", segment = new { federalStates = new[] { "XX" }, levels = new[] { "Meister" } } }),
            HttpStatusCode.BadRequest);
        var confirm = await HttpAnswers.Problem(await anonymous.PostAsJsonAsync("/api/newsletter/subscriptions/confirm", new { token = "" }),
            HttpStatusCode.BadRequest);

        Assert.True(subscription.GetProperty("errors").TryGetProperty("email", out _));
        Assert.True(subscription.GetProperty("errors").TryGetProperty("topics", out _));
        foreach (var field in new[] { "subject", "body", "segment.federalStates", "segment.levels" })
        {
            Assert.True(draft.GetProperty("errors").TryGetProperty(field, out _), field);
        }
        Assert.True(confirm.GetProperty("errors").TryGetProperty("token", out _));
    }

    [Fact]
    public async Task Given_an_unknown_confirmation_token_When_opened_Then_nothing_is_confirmed()
    {
        using var anonymous = host.CreateClient();

        var answer = await anonymous.GetAsync("/newsletter/bestaetigen/erfunden");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task Given_a_sent_campaign_When_sent_again_Then_409_and_nobody_is_queued_twice()
    {
        await NewsletterApi.ConfirmedAsync(host, "arbeit-4-0");
        using var staff = host.CreateAdminClient();
        var campaign = await NewsletterApi.DraftAsync(staff, new { topics = new[] { "arbeit-4-0" } });
        await NewsletterApi.SendAsync(staff, campaign.Id);

        var again = await staff.PostAsync($"/api/newsletter/campaigns/{campaign.Id}/send", null);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        var status = await host.GetJsonAsync<CampaignAnswer>($"/api/newsletter/campaigns/{campaign.Id}");
        Assert.Equal(1, status.Queued + status.Sent);
    }
}
