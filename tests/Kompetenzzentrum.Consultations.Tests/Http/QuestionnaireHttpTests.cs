using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>Questionnaire first, conditional questions, and the 400s that name the field.</summary>
public sealed class QuestionnaireHttpTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static async Task<string[]> Fields(HttpResponseMessage response) =>
        (await HttpAnswers.Problem(response, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public async Task Given_an_unanswered_consultation_Then_booking_is_refused_until_the_questionnaire_is_answered()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync();
        await api.ExpertAsync(["vision"]);
        var org = Guid.NewGuid();
        var id = await api.StartAsync(org, offering);
        var slot = (await api.SlotsAsync(org, id))[0];

        var refused = await HttpAnswers.Problem(await api.BookAsync(org, id, slot), HttpStatusCode.Conflict);
        Assert.Equal("urn:kompetenzzentrum:questionnaire-first", refused.GetProperty("type").GetString());

        var answered = await api.AnswerAsync(org, id, ConsultationApi.VisionAnswers);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await HttpAnswers.Created(await api.BookAsync(org, id, slot));
    }

    [Fact]
    public async Task Conditional_question_is_required_when_shown_and_refused_when_hidden()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var org = Guid.NewGuid();
        var id = await api.StartAsync(org, await api.OfferingAsync());

        Assert.Equal(["answers.camera"], await Fields(await api.AnswerAsync(org, id, new { answers = new { goal = "vision", experience = 2 } })));
        Assert.Equal(["answers.camera"],
            await Fields(await api.AnswerAsync(org, id, new { answers = new { goal = "docs", camera = "yes", experience = 2 } })));
        Assert.Equal(HttpStatusCode.OK, (await api.AnswerAsync(org, id, new { answers = new { goal = "docs", experience = 2 } })).StatusCode);
    }

    [Fact]
    public async Task Bad_answers_and_slots_get_400_naming_the_field()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync();
        await api.ExpertAsync(["documents"]);
        var org = Guid.NewGuid();
        var id = await api.StartAsync(org, offering);

        Assert.Equal(["answers.experience"],
            await Fields(await api.AnswerAsync(org, id, new { answers = new { goal = "docs", experience = "viel" } })));
        Assert.Equal(["answers.goal"],
            await Fields(await api.AnswerAsync(org, id, new { answers = new { goal = new[] { "docs" }, experience = 3 } })));
        Assert.Equal(["answers.goal"], await Fields(await api.AnswerAsync(org, id, new { answers = new { experience = 3 } })));
        Assert.Equal(HttpStatusCode.OK, (await api.AnswerAsync(org, id, ConsultationApi.DocsAnswers)).StatusCode);

        var slot = (await api.SlotsAsync(org, id))[0];
        // 47 minutes before a 09:00 slot is outside every window; an hour ago is before the minimum notice.
        Assert.Equal(["startsAt"], await Fields(await api.BookAsync(org, id, slot.AddMinutes(-47))));
        Assert.Equal(["startsAt"], await Fields(await api.BookAsync(org, id, DateTimeOffset.UtcNow.AddHours(-1))));
        Assert.Equal(["startsAt"], await Fields(await api.Client.PostAsJsonAsync($"{ConsultationApi.Route(org)}/{id}/booking", new { })));
        Assert.Equal(["offeringId"], await Fields(await api.Client.PostAsJsonAsync(ConsultationApi.Route(org), new { offeringId = Guid.NewGuid() })));
    }

    [Fact]
    public async Task Staff_questionnaires_are_checked_and_versioned()
    {
        using var api = new ConsultationApi(host);
        var bad = new
        {
            questions = new object[] { new { id = "a", kind = "scale", text = new { de = "A", en = "A" }, required = true, scaleMin = 1,
            scaleMax = 5, showWhen = new { questionId = "z", anyOf = new[] { "x" } } } }
        };

        Assert.Contains("questions[0].showWhen.questionId",
            await Fields(await api.Client.PutAsJsonAsync($"{ConsultationApi.Base}/questionnaire", bad)));

        var first = await (
            await api.Client.PutAsJsonAsync($"{ConsultationApi.Base}/questionnaire",
                ConsultationApi.Questionnaire)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (
            await api.Client.PutAsJsonAsync($"{ConsultationApi.Base}/questionnaire",
                ConsultationApi.Questionnaire)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("version").GetInt32() + 1, second.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("de", "0 bis 1440 Stunden.", "Unbekanntes Thema.", "Höchstens 300 Zeichen.")]
    [InlineData("en", "Between 0 and 1440 hours.", "Unknown topic key.", "At most 300 characters.")]
    public async Task Wrong_offering_settings_are_refused_with_field_texts_in_the_language_the_client_asked_for(
        string language, string notice, string topic, string place)
    {
        using var api = new ConsultationApi(host);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{ConsultationApi.Base}/offerings/{Guid.NewGuid()}")
        {
            Content = JsonContent.Create(new { topics = new[] { "ki", "astrologie" }, minimumNoticeHours = -1, place = new string('x', 301) }),
            Headers = { AcceptLanguage = { new(language) } },
        };

        var problem = await HttpAnswers.Problem(await api.Client.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("common.invalid", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(notice, errors.GetProperty("minimumNoticeHours")[0].GetString());
        Assert.Equal(topic, errors.GetProperty("topics[1]")[0].GetString());
        Assert.Equal(place, errors.GetProperty("place")[0].GetString());
    }

    [Fact]
    public async Task Given_a_consultation_offering_in_the_catalog_Then_its_booking_rule_waits_for_the_questionnaire()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var program = (await HttpAnswers.Created(await api.Client.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Programm " + Guid.NewGuid().ToString("N")[..6],
            starts = "2026-01-01",
            ends = "2027-12-31",
            responsibleStaff = "Team",
            targets = new { organisationsReached = 1, participations = 1, satisfaction = 80 },
        }))).GetProperty("id").GetGuid();
        var offering = (await HttpAnswers.Created(await api.Client.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId = program,
            offeringType = "consultation",
            title = new { de = "KI-Sprechstunde", en = "AI consultation" },
            description = new { de = "Eine Stunde.", en = "One hour." },
            topics = new[] { "ki" },
            suitableFrom = "Einsteiger",
            suitableTo = "Vorreiter",
            format = "online",
            link = "https://meet.example.org/ki",
            language = "de",
            cancellationDeadlineHours = 24,
        }))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).StatusCode);
        var session = (await HttpAnswers.Created(await api.Client.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions", new
        {
            startsAt = DateTimeOffset.UtcNow.AddDays(10),
            endsAt = DateTimeOffset.UtcNow.AddDays(10).AddHours(1),
            capacity = 1,
        }))).GetProperty("id").GetGuid();
        Assert.True(
            (await api.Client.PutAsJsonAsync($"{ConsultationApi.Base}/offerings/{offering}", new { topics = new[] { "ki" } })).IsSuccessStatusCode);
        var org = Guid.NewGuid();
        object Booking() => new { organisationId = org, attendees = new[] { new { name = "Erika Mustermann" } } };

        var held = await HttpAnswers.Problem(await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings", Booking()),
            HttpStatusCode.Conflict);
        Assert.Contains("questionnaire", held.GetProperty("title").GetString(), StringComparison.Ordinal);

        await api.AnsweredAsync(org, offering);
        await HttpAnswers.Created(await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings", Booking()));
    }
}
