using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Media.Tests.Http;

/// <summary>Experience tours use the catalog's offerings, sessions and bookings; the media module adds host and agenda.</summary>
[Collection(MediaHost.Name)]
public sealed class ExperienceTourTests(MediaHostFixture host)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Given_an_experience_tour_offering_with_one_seat_Then_a_member_books_it_the_next_waits_and_the_tour_shows_host_and_agenda()
    {
        using var staff = host.CreateAdminClient();
        var program = await Json(await staff.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Erlebnistouren " + Guid.NewGuid().ToString("N")[..6],
            starts = "2026-01-01",
            ends = "2027-12-31",
            responsibleStaff = "Team Touren",
            targets = new { organisationsReached = 10, participations = 30, satisfaction = 80 },
        }), HttpStatusCode.Created);
        var offering = (await Json(await staff.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId = program.GetProperty("id").GetGuid(),
            offeringType = "experience-tour",
            title = new { de = "Erlebnistour Smarte Fabrik", en = "Smart factory tour" },
            description = new { de = "Besuch bei einem Maschinenbauer.", en = "A visit to a machine builder." },
            topics = new[] { "automatisierung" },
            suitableFrom = "Einsteiger",
            suitableTo = "Gestalter",
            format = "on-site",
            place = "Cottbus",
            language = "de",
            cancellationDeadlineHours = 24,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await staff.PostAsync($"/api/catalog/offerings/{offering}/publish", null), HttpStatusCode.OK);
        var session = (await Json(await staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions", new
        {
            startsAt = DateTimeOffset.UtcNow.AddDays(14),
            endsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(3),
            capacity = 1,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await staff.PutAsJsonAsync($"/api/media/tours/{offering}", new
        {
            hostCompany = "Muster Maschinenbau GmbH",
            address = "Werkstraße 1, 03046 Cottbus",
            agenda = new[] { new { time = "10:00", title = "Begrüßung" }, new { time = "10:30", title = "Rundgang durch die Fertigung" } },
        }), HttpStatusCode.OK);

        var first = await host.CreateOrganisationAdminAsync();
        var second = await host.CreateOrganisationAdminAsync();
        var booked = await Json(await first.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
            new { attendees = new[] { new { name = "Eva Beispiel" } } }), HttpStatusCode.Created);
        var waiting = await Json(await second.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
            new { attendees = new[] { new { name = "Max Beispiel" } } }), HttpStatusCode.Created);

        Assert.Equal("confirmed", booked.GetProperty("status").GetString());
        Assert.Equal("waitlisted", waiting.GetProperty("status").GetString());
        using var anonymous = host.CreateClient();
        var tour = await anonymous.GetFromJsonAsync<JsonElement>($"/api/media/tours/{offering}");
        Assert.Equal("Muster Maschinenbau GmbH", tour.GetProperty("hostCompany").GetString());
        Assert.Equal(2, tour.GetProperty("agenda").GetArrayLength());
        Assert.Equal(offering, tour.GetProperty("id").GetGuid());
    }
}
