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
