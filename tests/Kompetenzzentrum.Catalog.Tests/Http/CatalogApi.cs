using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>Drives the catalog over HTTP the way staff and participants would.</summary>
public sealed class CatalogApi(HostFixture host) : IDisposable
{
    public HttpClient Client { get; } = host.CreateAdminClient();

    public async Task<Guid> CreateProgramAsync()
    {
        var response = await Client.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Testprogramm " + Guid.NewGuid().ToString("N")[..6],
            starts = "2026-01-01",
            ends = "2027-12-31",
            responsibleStaff = "Team Test",
            targets = new { organisationsReached = 100, participations = 300, satisfaction = 80 },
        });
        return (await Created(response)).GetProperty("id").GetGuid();
    }

    public static object Offering(Guid programId, string type = "experience-tour", string[]? topics = null, int deadlineHours = 24) => new
    {
        programId,
        offeringType = type,
        title = new { de = "Erlebnistour", en = "Experience tour" },
        description = new { de = "Besuch in der Fabrik.", en = "A factory visit." },
        topics = topics ?? ["automatisierung"],
        suitableFrom = "Einsteiger",
        suitableTo = "Gestalter",
        format = "on-site",
        place = "Cottbus",
        language = "de",
        cancellationDeadlineHours = deadlineHours,
    };

    public async Task<Guid> DraftOfferingAsync(int deadlineHours = 24)
    {
        var response = await Client.PostAsJsonAsync("/api/catalog/offerings", Offering(await CreateProgramAsync(), deadlineHours: deadlineHours));
        return (await Created(response)).GetProperty("id").GetGuid();
    }

    public async Task<Guid> PublishedOfferingAsync(int deadlineHours = 24)
    {
        var id = await DraftOfferingAsync(deadlineHours);
        var published = await Client.PostAsync($"/api/catalog/offerings/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    public Task<HttpResponseMessage> ScheduleAsync(Guid offeringId, int capacity, TimeSpan startsIn) =>
        Client.PostAsJsonAsync($"/api/catalog/offerings/{offeringId}/sessions", new
        {
            startsAt = DateTimeOffset.UtcNow + startsIn,
            endsAt = DateTimeOffset.UtcNow + startsIn + TimeSpan.FromHours(3),
            capacity,
        });

    public async Task<Guid> SessionAsync(int capacity, int deadlineHours = 24, TimeSpan? startsIn = null)
    {
        var offering = await PublishedOfferingAsync(deadlineHours);
        var response = await ScheduleAsync(offering, capacity, startsIn ?? TimeSpan.FromDays(14));
        return (await Created(response)).GetProperty("id").GetGuid();
    }

    /// <summary>A published sprint's session: the sprint's <c>staff-approval</c> rule keeps bookings pending until staff decide.</summary>
    public async Task<Guid> SprintSessionAsync(int capacity)
    {
        var offering = (await Created(await Client.PostAsJsonAsync("/api/catalog/offerings",
            Offering(await CreateProgramAsync(), type: "sprint", topics: ["geschaeftsmodelle"])))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).StatusCode);
        return (await Created(await ScheduleAsync(offering, capacity, TimeSpan.FromDays(10)))).GetProperty("id").GetGuid();
    }

    /// <summary>A booking of one attendee, its mails to <paramref name="contactEmail"/> if given.</summary>
    public static object ContactBooking(Guid organisationId, string? contactEmail = null) =>
        new { organisationId, attendees = new[] { new { name = "Erika Mustermann" } }, contactEmail };

    /// <summary>The body of a 200 answer.</summary>
    public static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(HostFixture.Json);
    }

    public static object Booking(Guid organisationId, params string[] attendees) =>
        new { organisationId, attendees = attendees.Select(name => new { name }).ToArray() };

    public Task<HttpResponseMessage> BookAsync(Guid sessionId, Guid organisationId, string? idempotencyKey = null, params string[] attendees) =>
        BookAsync(Client, sessionId, Booking(organisationId, attendees.Length == 0 ? ["Erika Mustermann"] : attendees), idempotencyKey);

    public static Task<HttpResponseMessage> BookAsync(HttpClient client, Guid sessionId, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{sessionId}/bookings") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request);
    }

    public async Task<JsonElement> GetAsync(string url) => await Client.GetFromJsonAsync<JsonElement>(url, HostFixture.Json);

    public static Task<JsonElement> Created(HttpResponseMessage response) => HttpAnswers.Created(response);

    public static Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected) => HttpAnswers.Problem(response, expected);

    public void Dispose() => Client.Dispose();
}
