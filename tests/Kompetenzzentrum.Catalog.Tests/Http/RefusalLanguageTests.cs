using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// Refusals come in the request's language: English on the API, German when the client asks for it (as German
/// pages do). Bookings without rules are decided in the shared transaction's lane, so these also check that the
/// lane answers each request in its own language.
/// </summary>
[Collection(CatalogHost.Name)]
public sealed class RefusalLanguageTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_second_booking_of_one_organisation_Then_the_refusal_is_in_the_language_the_client_asked_for()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        var organisation = Guid.NewGuid();
        await CatalogApi.Created(await api.BookAsync(session, organisation));

        var german = await CatalogApi.Problem(await BookAsync(api, session, organisation, "de-DE", "Erika Mustermann"), HttpStatusCode.Conflict);
        var english = await CatalogApi.Problem(await BookAsync(api, session, organisation, null, "Erika Mustermann"), HttpStatusCode.Conflict);

        Assert.Equal("Ihre Organisation hat diesen Termin schon gebucht.", german.GetProperty("title").GetString());
        Assert.Equal("The organisation already holds a booking for this session.", english.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Given_more_attendees_than_seats_Then_the_field_error_is_in_the_language_the_client_asked_for()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        string[] three = ["Erika Mustermann", "Max Mustermann", "Eva Muster"];

        var german = await CatalogApi.Problem(await BookAsync(api, session, Guid.NewGuid(), "de", three), HttpStatusCode.BadRequest);
        var english = await CatalogApi.Problem(await BookAsync(api, session, Guid.NewGuid(), "en", three), HttpStatusCode.BadRequest);

        Assert.Equal("Der Termin hat nur 2 Plätze.", german.GetProperty("errors").GetProperty("attendees")[0].GetString());
        Assert.Equal("The session has only 2 seats.", english.GetProperty("errors").GetProperty("attendees")[0].GetString());
    }

    [Fact]
    public async Task Given_a_booking_without_attendees_and_a_program_without_a_name_Then_the_field_errors_are_in_German_when_asked_for()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        using var program = new HttpRequestMessage(HttpMethod.Post, "/api/catalog/programs")
        {
            Content = JsonContent.Create(new
            {
                name = " ",
                starts = "2026-01-01",
                ends = "2025-12-31",
                responsibleStaff = "Team",
                targets = new { organisationsReached = -1, participations = 1, satisfaction = 50 },
            }),
            Headers = { AcceptLanguage = { new("de") } },
        };

        var booking = await CatalogApi.Problem(await BookAsync(api, session, Guid.NewGuid(), "de"), HttpStatusCode.BadRequest);
        var errors = (await CatalogApi.Problem(await api.Client.SendAsync(program), HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.Equal("Nennen Sie mindestens eine teilnehmende Person.", booking.GetProperty("errors").GetProperty("attendees")[0].GetString());
        Assert.Equal("Das Programm braucht einen Namen.", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Das Programm kann nicht vor seinem Start enden.", errors.GetProperty("ends")[0].GetString());
        Assert.Equal("Darf nicht negativ sein.", errors.GetProperty("targets.organisationsReached")[0].GetString());
    }

    private static Task<HttpResponseMessage> BookAsync(CatalogApi api, Guid session, Guid organisation, string? language, params string[] attendees)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{session}/bookings")
        {
            Content = JsonContent.Create(CatalogApi.Booking(organisation, attendees)),
        };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }
        return api.Client.SendAsync(request);
    }
}
