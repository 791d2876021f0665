using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Http;

public sealed class WebhookDeliveryTests(WebhookFixture host) : IClassFixture<WebhookFixture>
{
    [Fact]
    public async Task Given_a_subscription_When_a_session_is_booked_Then_the_receiver_gets_a_signed_booking_confirmed_with_ids_only()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var staff = host.CreateAdminClient();
        var subscription = await WebhooksApi.SubscribeAsync(staff, receiver, "booking.confirmed");
        var session = await WebhooksApi.SessionAsync(staff, capacity: 3);
        var organisation = Guid.NewGuid();

        var booking = await WebhooksApi.BookAsync(staff, session, organisation);

        var got = await Eventually.Get(() => Task.FromResult<IReadOnlyList<ReceivedWebhook>?>(receiver.Received), r => r.Count >= 1);
        var hook = Assert.Single(got);
        Assert.True(hook.Verified, "the library's verifier accepts the signature");
        Assert.Equal("booking.confirmed", hook.Json.GetProperty("type").GetString());
        var data = hook.Json.GetProperty("data");
        Assert.Equal(booking, data.GetProperty("bookingId").GetGuid());
        Assert.Equal(session, data.GetProperty("sessionId").GetGuid());
        Assert.Equal(organisation, data.GetProperty("organisationId").GetGuid());
        Assert.Equal(1, data.GetProperty("seats").GetInt32());
        Assert.DoesNotContain("Mustermann", hook.Body, StringComparison.Ordinal); // attendee names are not in any payload

        var log = await Eventually.Get(async () => await WebhooksApi.DeliveriesAsync(staff, subscription),
            l => l.GetArrayLength() == 1 && l[0].GetProperty("state").GetString() == "Delivered");
        var attempt = Assert.Single(log[0].GetProperty("attempts").EnumerateArray());
        Assert.Equal(204, attempt.GetProperty("statusCode").GetInt32());
        Assert.Equal(hook.Id, log[0].GetProperty("id").GetGuid().ToString());
    }

    [Fact]
    public async Task Given_a_receiver_that_verifies_with_another_secret_Then_the_signature_is_refused()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var staff = host.CreateAdminClient();
        await WebhooksApi.SubscribeAsync(staff, receiver, "booking.waitlisted", "booking.confirmed");
        receiver.Secret = "whsec_" + Convert.ToBase64String(new byte[32]);
        var session = await WebhooksApi.SessionAsync(staff, capacity: 1);

        await WebhooksApi.BookAsync(staff, session, Guid.NewGuid());
        await WebhooksApi.BookAsync(staff, session, Guid.NewGuid()); // full: waitlisted

        var got = await Eventually.Get(() => Task.FromResult<IReadOnlyList<ReceivedWebhook>?>(receiver.Received), r => r.Count >= 2);
        Assert.All(got, h => Assert.False(h.Verified));
        Assert.Equal(["booking.confirmed", "booking.waitlisted"], got.Select(h => h.Json.GetProperty("type").GetString()).Order());
    }

    [Fact]
    public async Task Given_a_failing_receiver_Then_attempts_are_retried_and_logged_and_it_is_disabled_with_a_mail_to_staff()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Status = 500;
        using var staff = host.CreateAdminClient();
        var subscription = await WebhooksApi.SubscribeAsync(staff, receiver, "booking.confirmed");
        var session = await WebhooksApi.SessionAsync(staff, capacity: 3);

        await WebhooksApi.BookAsync(staff, session, Guid.NewGuid());

        var view = await Eventually.Get(async () => await staff.GetFromJsonAsync<JsonElement>($"/api/webhooks/{subscription}"),
            s => !s.GetProperty("enabled").GetBoolean());
        Assert.Equal(3, view.GetProperty("consecutiveFailures").GetInt32());
        var log = await WebhooksApi.DeliveriesAsync(staff, subscription);
        var attempts = log[0].GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(500, a.GetProperty("statusCode").GetInt32()));
        Assert.Equal([1, 2, 3], attempts.Select(a => a.GetProperty("number").GetInt32()));
        var gap = attempts[1].GetProperty("at").GetDateTimeOffset() - attempts[0].GetProperty("at").GetDateTimeOffset();
        Assert.True(gap >= TimeSpan.FromSeconds(0.3), $"retried after the delay, not at once ({gap})");
        Assert.Equal(3, receiver.Received.Count); // the same delivery (one webhook-id) three times
        Assert.Single(receiver.Received.Select(r => r.Id).Distinct());

        // Other tests' receivers (stopped when their test ended) may be disabled too: the mail naming this one counts.
        var mails = await Eventually.Get(async () => (IReadOnlyList<SentMail>?)await host.MailsToAsync(WebhookFixture.AlertMail),
            m => m.Any(x => x.TextBody.Contains(receiver.Url, StringComparison.Ordinal)));
        var mail = Assert.Single(mails, m => m.TextBody.Contains(receiver.Url, StringComparison.Ordinal));
        Assert.Equal("integrations.webhook-disabled", mail.Category);
        Assert.Equal("Webhook-Empfänger deaktiviert", mail.Subject);

        // Disabled: nothing more is sent, also not for new events.
        await WebhooksApi.BookAsync(staff, session, Guid.NewGuid());
        await Task.Delay(1500);
        Assert.Equal(3, receiver.Received.Count);
    }
}
