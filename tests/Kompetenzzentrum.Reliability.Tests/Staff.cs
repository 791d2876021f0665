using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Reliability.Tests;

/// <summary>Center staff over plain HTTP: signs in as the bootstrap administrator and sets up sessions to book.</summary>
internal static class Staff
{
    public static async Task<string> SignInAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in",
            new { email = TestUsers.AdminEmail, password = TestUsers.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static HttpClient Authorised(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A published offering with one session of the given capacity.</summary>
    public static async Task<Guid> SessionAsync(HttpClient admin, int capacity, TimeSpan startsIn)
    {
        var program = await IdOf(await admin.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Lasttest " + Guid.NewGuid().ToString("N")[..6],
            starts = "2026-01-01",
            ends = "2027-12-31",
            responsibleStaff = "Team Test",
            targets = new { organisationsReached = 100, participations = 300, satisfaction = 80 },
        }));
        var offering = await IdOf(await admin.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId = program,
            offeringType = "experience-tour",
            title = new { de = "Erlebnistour", en = "Experience tour" },
            description = new { de = "Besuch in der Fabrik.", en = "A factory visit." },
            topics = new[] { "automatisierung" },
            suitableFrom = "Einsteiger",
            suitableTo = "Gestalter",
            format = "on-site",
            place = "Cottbus",
            language = "de",
            cancellationDeadlineHours = 1,
        }));
        (await admin.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).EnsureSuccessStatusCode();
        var now = DateTimeOffset.UtcNow;
        return await IdOf(await admin.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = now + startsIn, endsAt = now + startsIn + TimeSpan.FromHours(2), capacity }));
    }

    public static async Task<HttpResponseMessage> BookAsync(
        HttpClient client, Guid session, Guid organisation, string key, string? contactEmail = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{session}/bookings")
        {
            Content = JsonContent.Create(new { organisationId = organisation, attendees = new[] { new { name = "Max Muster" } }, contactEmail }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> SessionViewAsync(HttpClient admin, Guid session) =>
        await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}");

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
