using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kompetenzzentrum.PluginTesting;

/// <summary>
/// Offerings, sessions and bookings through the catalog API, as staff and members do it: for testing a plugin's offering type
/// and booking rules end to end.
/// </summary>
public static class CatalogBookings
{
    /// <summary>
    /// Creates a program and in it a published offering of <paramref name="offeringType"/> (on site in Cottbus, for all maturity
    /// levels, in German, topic <c>automatisierung</c>); returns the offering's id.
    /// </summary>
    /// <param name="staff">A client signed in as center staff or the platform administrator.</param>
    /// <param name="offeringType">The offering type's key, e.g. the plugin's.</param>
    /// <param name="title">The offering's title, used in German and English.</param>
    public static async Task<Guid> PublishOfferingAsync(HttpClient staff, string offeringType, string title)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var program = await IdAsync(await staff.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Programm " + title,
            starts = today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ends = today.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            responsibleStaff = "Team Test",
            targets = new { organisationsReached = 100, participations = 300, satisfaction = 80 },
        }));
        var offering = await IdAsync(await staff.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId = program,
            offeringType,
            title = new { de = title, en = title },
            description = new { de = "Ein Angebot aus einem Test.", en = "An offering made by a test." },
            topics = new[] { "automatisierung" },
            suitableFrom = "Einsteiger",
            suitableTo = "Vorreiter",
            format = "on-site",
            place = "Cottbus",
            language = "de",
            cancellationDeadlineHours = 24,
        }));
        await SucceedAsync(await staff.PostAsync(new Uri($"/api/catalog/offerings/{offering}/publish", UriKind.Relative), null));
        return offering;
    }

    /// <summary>Schedules a session of an offering, three hours from <paramref name="startsAt"/>; returns the session's id.</summary>
    public static async Task<Guid> ScheduleSessionAsync(HttpClient staff, Guid offeringId, DateTimeOffset startsAt, int capacity)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return await IdAsync(await staff.PostAsJsonAsync($"/api/catalog/offerings/{offeringId}/sessions",
            new { startsAt, endsAt = startsAt.AddHours(3), capacity }));
    }

    /// <summary>
    /// Books seats of a session for the member's own organisation, one per attendee (<c>POST /api/catalog/sessions/{id}/bookings</c>).
    /// Returns the answer as it is: 201 with the booking (its <c>status</c>: confirmed, waitlisted, held by a rule), or a problem.
    /// </summary>
    public static Task<HttpResponseMessage> BookAsync(HttpClient member, Guid sessionId, params string[] attendees)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.PostAsJsonAsync($"/api/catalog/sessions/{sessionId}/bookings",
            new { attendees = attendees.Select(name => new { name }).ToArray() });
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        await SucceedAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task SucceedAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            var request = response.RequestMessage;
            var body = await response.Content.ReadAsStringAsync();
            throw new HttpRequestException($"{request?.Method} {request?.RequestUri}: {(int)response.StatusCode} {body}", null, response.StatusCode);
        }
    }
}
