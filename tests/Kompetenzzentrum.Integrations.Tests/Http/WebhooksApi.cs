using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Http;

/// <summary>Drives webhooks and the catalog over HTTP as staff would.</summary>
public static class WebhooksApi
{
    /// <summary>Registers the receiver for the event types and gives it the secret (shown once).</summary>
    public static async Task<Guid> SubscribeAsync(HttpClient staff, WebhookReceiver receiver, params string[] eventTypes)
    {
        var created = await HttpAnswers.Created(await staff.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, eventTypes }));
        receiver.Secret = created.GetProperty("secret").GetString();
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A published offering's new session with room for <paramref name="capacity"/> bookings.</summary>
    public static async Task<Guid> SessionAsync(HttpClient staff, int capacity)
    {
        var offering = await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "Webhookprogramm " + Guid.NewGuid().ToString("N")[..6],
            ("Erlebnistour", "Experience tour"), ("Besuch in der Fabrik.", "A factory visit."), ["automatisierung"]);
        var session = await HttpAnswers.Created(await staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions", new
        {
            startsAt = DateTimeOffset.UtcNow.AddDays(14),
            endsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(3),
            capacity,
        }));
        return session.GetProperty("id").GetGuid();
    }

    /// <summary>Books one seat for an organisation; returns the booking id.</summary>
    public static async Task<Guid> BookAsync(HttpClient staff, Guid session, Guid organisationId)
    {
        var booked = await HttpAnswers.Created(await staff.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
            new { organisationId, attendees = new[] { new { name = "Erika Mustermann" } } }));
        return booked.GetProperty("bookingId").GetGuid();
    }

    public static async Task<JsonElement> DeliveriesAsync(HttpClient staff, Guid subscription) =>
        await staff.GetFromJsonAsync<JsonElement>($"/api/webhooks/{subscription}/deliveries", HostFixture.Json);
}
