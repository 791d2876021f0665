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

    public static async Task<int> DispatchAllAsync(NewsletterFixture host)
    {
        var total = 0;
        for (var handled = await host.DispatchOnceAsync(); handled > 0; handled = await host.DispatchOnceAsync())
        {
            total += handled;
        }
        return total;
    }

    public static async Task<JsonElement> CountAsync(HttpClient staff, object segment) =>
        await (await staff.PostAsJsonAsync("/api/newsletter/segments/count", segment)).Content.ReadFromJsonAsync<JsonElement>();
}
