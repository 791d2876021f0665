using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// The consultations module provides the <c>questionnaire-answered</c> rule of the consultation type: a catalog booking
/// waits until the organisation answered the consultation questionnaire for that offering.
/// </summary>
[Collection(CatalogHost.Name)]
public sealed class BookingRuleTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_consultation_whose_type_requires_a_questionnaire_When_booking_Then_409_with_the_reason_until_it_is_answered()
    {
        using var api = new CatalogApi(host);
        var offering = (await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/offerings",
            CatalogApi.Offering(await api.CreateProgramAsync(), type: "consultation")))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).StatusCode);
        var session = (await CatalogApi.Created(await api.ScheduleAsync(offering, 1, TimeSpan.FromDays(3)))).GetProperty("id").GetGuid();
        var (waiting, answered) = (Guid.NewGuid(), Guid.NewGuid());
        await AnswerQuestionnaireAsync(api.Client, offering, answered);

        var held = await api.BookAsync(session, waiting);
        using var inGerman = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{session}/bookings")
        {
            Content = JsonContent.Create(CatalogApi.Booking(waiting, "Erika Mustermann")),
            Headers = { AcceptLanguage = { new("de") } },
        };
        var heldInGerman = await CatalogApi.Problem(await api.Client.SendAsync(inGerman), HttpStatusCode.Conflict);
        var confirmed = await CatalogApi.Created(await api.BookAsync(session, answered));

        var problem = await CatalogApi.Problem(held, HttpStatusCode.Conflict);
        Assert.StartsWith("Please answer the consultation questionnaire first", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Bitte beantworten Sie zuerst den Fragebogen", heldInGerman.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal(1, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }

    private static async Task AnswerQuestionnaireAsync(HttpClient staff, Guid offering, Guid organisation)
    {
        var questionnaire = new
        {
            questions = new object[]
            {
                new
                {
                    id = "goal", kind = "scale", text = new { de = "Wie dringend?", en = "How urgent?" }, required = true, scaleMin = 1, scaleMax = 5,
                },
            },
        };
        Assert.True((await staff.PutAsJsonAsync("/api/consultations/questionnaire", questionnaire)).IsSuccessStatusCode);
        Assert.True((await staff.PutAsJsonAsync($"/api/consultations/offerings/{offering}", new { topics = new[] { "ki" } })).IsSuccessStatusCode);
        var started = await CatalogApi.Created(await staff.PostAsJsonAsync($"/api/consultations/organisations/{organisation}/consultations",
            new { offeringId = offering }));
        var id = started.GetProperty("id").GetGuid();
        Assert.True((await staff.PutAsJsonAsync($"/api/consultations/organisations/{organisation}/consultations/{id}/answers",
            new { answers = new { goal = 3 } })).IsSuccessStatusCode);
    }
}

[Collection(CatalogHost.Name)]
public sealed class MissingBookingRuleTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_rule_that_holds_When_booking_Then_409_and_nothing_is_booked()
    {
        using var api = new CatalogApi(host);
        var offering = (await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/offerings",
            CatalogApi.Offering(await api.CreateProgramAsync(), type: "consultation")))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).StatusCode);
        var session = (await CatalogApi.Created(await api.ScheduleAsync(offering, 1, TimeSpan.FromDays(3)))).GetProperty("id").GetGuid();

        var held = await api.BookAsync(session, Guid.NewGuid());

        var problem = await CatalogApi.Problem(held, HttpStatusCode.Conflict);
        Assert.Contains("questionnaire", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }
}
