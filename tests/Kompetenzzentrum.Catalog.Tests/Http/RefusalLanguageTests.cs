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
    public async Task Given_German_and_English_refusals_in_one_shared_transaction_Then_each_is_in_its_request_language()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 5);
        var organisation = Guid.NewGuid();
        await CatalogApi.Created(await api.BookAsync(session, organisation));

        Task<HttpResponseMessage>[] asked;
        await using (var held = await HeldSessionLock.TakeAsync(host.ConnectionString, session))
        {
            // The first request takes the lane's transaction to the lock; the others queue and share the next one.
            var first = BookAsync(api, session, organisation, null, "Erika Mustermann");
            await held.WaitForWaiterAsync();
            asked = [first, .. Enumerable.Range(0, 6).Select(i => BookAsync(api, session, organisation, i % 2 == 0 ? "de-DE" : null,
                "Erika Mustermann"))];
            await Task.Delay(300);
            await held.ReleaseAsync();
        }
        var titles = new List<string?>();
        foreach (var answer in asked)
        {
            titles.Add((await CatalogApi.Problem(await answer, HttpStatusCode.Conflict)).GetProperty("title").GetString());
        }

        Assert.Equal("The organisation already holds a booking for this session.", titles[0]);
        Assert.All(titles.Skip(1).Where((_, i) => i % 2 == 0), t => Assert.Equal("Ihre Organisation hat diesen Termin schon gebucht.", t));
        Assert.All(titles.Skip(1).Where((_, i) => i % 2 == 1), t => Assert.Equal("The organisation already holds a booking for this session.", t));
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
    public async Task Given_an_invalid_booking_Then_the_title_is_the_house_check_the_fields_in_the_language_the_client_asked_for()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 2);
        string[] three = ["Erika Mustermann", "Max Mustermann", "Eva Muster"];

        var german = await CatalogApi.Problem(await BookAsync(api, session, Guid.NewGuid(), "de", three), HttpStatusCode.BadRequest);
        var english = await CatalogApi.Problem(await BookAsync(api, session, Guid.NewGuid(), null, three), HttpStatusCode.BadRequest);

        Assert.Equal("Bitte prüfen Sie die markierten Felder.", german.GetProperty("title").GetString());
        Assert.Equal("Please check the marked fields.", english.GetProperty("title").GetString());
        Assert.Equal("common.invalid", english.GetProperty("code").GetString());
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

    [Theory]
    [InlineData("de", "Sortierung „fit“ oder „type“.", "Jedes Angebot höchstens einmal.")]
    [InlineData("en", "Sort by 'fit' or 'type'.", "Each offering at most once.")]
    public async Task Given_a_wrong_sort_and_a_package_naming_an_offering_twice_Then_the_field_errors_are_in_the_asked_language(
        string language, string sort, string twice)
    {
        using var api = new CatalogApi(host);
        var offering = Guid.NewGuid();
        using var listing = new HttpRequestMessage(HttpMethod.Get, "/api/catalog/offerings?sort=price")
        {
            Headers = { AcceptLanguage = { new(language) } },
        };
        using var package = new HttpRequestMessage(HttpMethod.Post, "/api/catalog/packages")
        {
            Content = JsonContent.Create(new { name = new { de = "Paket", en = "Package" }, offeringIds = new[] { offering, offering } }),
            Headers = { AcceptLanguage = { new(language) } },
        };

        var sorted = await CatalogApi.Problem(await api.Client.SendAsync(listing), HttpStatusCode.BadRequest);
        var packed = await CatalogApi.Problem(await api.Client.SendAsync(package), HttpStatusCode.BadRequest);

        Assert.Equal("common.invalid", sorted.GetProperty("code").GetString());
        Assert.Equal(sort, sorted.GetProperty("errors").GetProperty("sort")[0].GetString());
        Assert.Equal(twice, packed.GetProperty("errors").GetProperty("offeringIds")[0].GetString());
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
