using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>A campaign as the API answers it (the fields the tests read).</summary>
public sealed record CampaignAnswer(Guid Id, string Subject, string Status, int SegmentSize, int Queued, int Sent, int Failed, int Skipped);

/// <summary>A preview as the API answers it.</summary>
public sealed record PreviewAnswer(string Subject, string Text, string SampleRecipient, int RecipientCount);

/// <summary>The newsletter calls of the tests, through the real API.</summary>
public static class NewsletterApi
{
    public static async Task SubscribeAsync(HttpClient client, string email, params string[] topics)
    {
        var response = await client.PostAsJsonAsync("/api/newsletter/subscriptions", new { email, topics });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Subscribes and opens the mailed link, as the owner of the address does.</summary>
    public static async Task<string> ConfirmedAsync(NewsletterFixture host, params string[] topics)
    {
        var email = $"leser-{Guid.NewGuid():N}@example.org";
        using var client = host.CreateClient();
        await SubscribeAsync(client, email, topics);
        var confirmed = await client.GetAsync(await host.ConfirmationPathAsync(email));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return email;
    }

    /// <summary>A new organisation's administrator, subscribed with its own address (so with its organisation) and confirmed.</summary>
    public static async Task<TestUser> MemberConfirmedAsync(HostFixture host, params string[] topics)
    {
        var member = await host.CreateOrganisationAdminAsync(); // small, Brandenburg
        await SubscribeAsync(member.Client, member.Email, topics);
        using var anonymous = host.CreateClient();
        var confirmed = await anonymous.GetAsync(await NewsletterFixture.ConfirmationPathAsync(host, member.Email));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return member;
    }

    public static async Task<CampaignAnswer> DraftAsync(HttpClient staff, object segment, string body = "Hallo {{ email }}, es gibt Neues.")
    {
        var created = await HttpAnswers.Created(await staff.PostAsJsonAsync("/api/newsletter/campaigns",
            new { subject = "Neuigkeiten " + Guid.NewGuid().ToString("N")[..6], body, language = "de", segment }));
        return created.Deserialize<CampaignAnswer>(HostFixture.Json)!;
    }

    public static async Task SendAsync(HttpClient staff, Guid campaignId)
    {
        var response = await staff.PostAsync($"/api/newsletter/campaigns/{campaignId}/send", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    public static async Task<int> DispatchAllAsync(HostFixture host)
    {
        var total = 0;
        for (var handled = await NewsletterFixture.DispatchOnceAsync(host.Factory.Services); handled > 0;
             handled = await NewsletterFixture.DispatchOnceAsync(host.Factory.Services))
        {
            total += handled;
        }
        return total;
    }

    public static async Task<JsonElement> CountAsync(HttpClient staff, object segment) =>
        await (await staff.PostAsJsonAsync("/api/newsletter/segments/count", segment)).Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>How many confirmed subscribers the segment reaches now.</summary>
    public static async Task<int> SegmentSizeAsync(HttpClient staff, object segment) =>
        (await CountAsync(staff, segment)).GetProperty("count").GetInt32();

    /// <summary>Drafts and sends a campaign to the segment and runs the dispatch until nothing is queued.</summary>
    public static async Task<CampaignAnswer> SendToAsync(HostFixture host, HttpClient staff, object segment)
    {
        var campaign = await DraftAsync(staff, segment);
        await SendAsync(staff, campaign.Id);
        await DispatchAllAsync(host);
        return campaign;
    }

    /// <summary>The campaign mails (not confirmations or announcements) the address received.</summary>
    public static async Task<IReadOnlyList<SentMail>> CampaignMailsToAsync(HostFixture host, string email) =>
        (await host.MailsToAsync(email)).Where(m => m.Category == "integrations.newsletter").ToList();
}
