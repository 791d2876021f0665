using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Research.Tests;

public sealed class FeedbackTests(ResearchFixture fixture) : IClassFixture<ResearchFixture>
{
    private Task<string> CompleteAsync(TestUser organisation, Guid offering, string[] topics) =>
        fixture.CompleteAsync(organisation.OrganisationId!.Value, organisation.Email, offering, "experience-tour", topics);

    private async Task<JsonElement> ODataAsync(string url) =>
        await fixture.Analyst.GetFromJsonAsync<JsonElement>(url);

    [Fact]
    public async Task A_completed_participation_gets_a_survey_answered_once_into_the_read_models()
    {
        var organisation = fixture.Organisations[0];
        var token = await CompleteAsync(organisation, fixture.AutomationOffering, ["automatisierung", "ki"]);
        using var anonymous = fixture.CreateClient();

        // The mailed link opens the survey page (the fixture found the token in that link).
        using var form = await anonymous.GetAsync($"/umfrage/{token}");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains($"action=\"/umfrage/{token}\"", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("same-origin", form.Headers.GetValues("Referrer-Policy").Single());

        var survey = await anonymous.GetFromJsonAsync<JsonElement>($"/api/research/surveys/{token}");
        Assert.Equal("experience-tour", survey.GetProperty("offeringType").GetString());
        Assert.False(survey.GetProperty("answered").GetBoolean());

        var bad = await anonymous.PostAsJsonAsync(
            $"/api/research/surveys/{token}",
            new { satisfaction = 6, usefulness = 3, recommendation = 11, topicsWanted = new[] { "no-such-topic" } });
        var problem = await HttpAnswers.Problem(bad, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("satisfaction", out _));
        Assert.True(errors.TryGetProperty("recommendation", out _));
        Assert.True(errors.TryGetProperty("topicsWanted", out _));
        Assert.False(errors.TryGetProperty("usefulness", out _));
        // The API answers in English unless the client asks for German.
        Assert.Equal("A whole number from 1 (poor) to 5 (excellent).", errors.GetProperty("satisfaction")[0].GetString());
        using var german = new HttpRequestMessage(HttpMethod.Post, $"/api/research/surveys/{token}")
        {
            Content = JsonContent.Create(new { usefulness = 3, recommendation = 5 }),
        };
        german.Headers.AcceptLanguage.ParseAdd("de-DE");
        var germanErrors = (await HttpAnswers.Problem(await anonymous.SendAsync(german), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Eine ganze Zahl von 1 (schlecht) bis 5 (ausgezeichnet).", germanErrors.GetProperty("satisfaction")[0].GetString());

        var answer = new { satisfaction = 4, usefulness = 5, recommendation = 9, topicsWanted = new[] { "cloud", "daten" } };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync($"/api/research/surveys/{token}", answer)).StatusCode);
        // A retry of the same answer is fine; a second, different answer is not.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync($"/api/research/surveys/{token}", answer)).StatusCode);
        var different = await anonymous.PostAsJsonAsync($"/api/research/surveys/{token}", answer with { satisfaction = 1 });
        Assert.Equal(HttpStatusCode.Conflict, different.StatusCode);
        Assert.Contains("Diese Umfrage ist beantwortet.", await anonymous.GetStringAsync($"/umfrage/{token}"), StringComparison.Ordinal);

        var feedback = Assert.Single(
            (await ODataAsync($"/odata/Feedback?$filter=OfferingId eq {fixture.AutomationOffering}")).GetProperty("value").EnumerateArray());
        Assert.Equal(4, feedback.GetProperty("Satisfaction").GetInt32());
        Assert.Equal(5, feedback.GetProperty("Usefulness").GetInt32());
        Assert.Equal(9, feedback.GetProperty("Recommendation").GetInt32());
        // The only answer so far: fewer than five organisations, so neither its segment nor its pseudonym is shown.
        Assert.Equal(JsonValueKind.Null, feedback.GetProperty("FederalState").ValueKind);
        Assert.Equal("suppressed", feedback.GetProperty("OrganisationPseudonym").GetString());

        var needs = (await ODataAsync("/odata/NeedSignals?$filter=Source eq 'feedback'&$orderby=Topic"))
            .GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(["cloud", "daten"], needs.Select(n => n.GetProperty("Topic").GetString()));
        Assert.All(needs, n => Assert.Equal("suppressed", n.GetProperty("OrganisationPseudonym").GetString()));
    }

    [Fact]
    public async Task The_mailed_links_page_takes_the_answer_as_a_form()
    {
        var token = await CompleteAsync(fixture.Organisations[1], fixture.DataOffering, ["daten"]);
        using var browser = fixture.CreateClient();
        var page = await browser.GetStringAsync($"/umfrage/{token}");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
            new([new("__RequestVerificationToken", antiforgery), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

        var incomplete = await browser.PostAsync($"/umfrage/{token}", Form(("satisfaction", "5"), ("usefulness", "4")));
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("id=\"f-recommendation-error\"", await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var answered = await browser.PostAsync(
            $"/umfrage/{token}", Form(("satisfaction", "5"), ("usefulness", "4"), ("recommendation", "10"), ("topicsWanted", "cloud")));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Diese Umfrage ist beantwortet.", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var survey = await browser.GetFromJsonAsync<JsonElement>($"/api/research/surveys/{token}");
        Assert.True(survey.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_token_gets_404()
    {
        using var anonymous = fixture.CreateClient();
        var token = new string('x', 43);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/research/surveys/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/umfrage/{token}")).StatusCode);
        var late = await anonymous.PostAsJsonAsync($"/api/research/surveys/{token}", new { satisfaction = 3, usefulness = 3, recommendation = 5 });
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
    }

    [Fact]
    public async Task Free_text_reaches_analysts_only_after_staff_approved_it_without_contact_data()
    {
        var organisation = fixture.Organisations[1];
        var token = await CompleteAsync(organisation, fixture.DataOffering, ["daten"]);
        using var anonymous = fixture.CreateClient();
        const string text = "Sehr gut! Rufen Sie mich an: 0151 2345678 oder schreiben Sie an max.muster@firma.de, mehr zu Cloud bitte.";
        var answered = await anonymous.PostAsJsonAsync(
            $"/api/research/surveys/{token}", new { satisfaction = 5, usefulness = 4, recommendation = 10, freeText = text });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        Assert.Equal(0, (await ODataAsync("/odata/FeedbackComments")).GetProperty("value").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await organisation.Client.GetAsync("/api/research/feedback-texts")).StatusCode);
        using var staff = fixture.CreateAdminClient();
        var pending = await staff.GetFromJsonAsync<JsonElement>("/api/research/feedback-texts?status=pending");
        var held = Assert.Single(pending.EnumerateArray(), p => p.GetProperty("text").GetString() == text);
        var commentId = held.GetProperty("commentId").GetGuid();

        var approved = await staff.PostAsJsonAsync($"/api/research/feedback-texts/{commentId}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var comment = Assert.Single((await ODataAsync("/odata/FeedbackComments")).GetProperty("value").EnumerateArray());
        var published = comment.GetProperty("Text").GetString()!;
        Assert.Contains("mehr zu Cloud bitte", published, StringComparison.Ordinal);
        Assert.DoesNotContain("max.muster@firma.de", published, StringComparison.Ordinal);
        Assert.DoesNotContain("2345678", published, StringComparison.Ordinal);
        var stillPending = await staff.GetFromJsonAsync<JsonElement>("/api/research/feedback-texts?status=pending");
        Assert.DoesNotContain(stillPending.EnumerateArray(), p => p.GetProperty("commentId").GetGuid() == commentId);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"/api/research/feedback-texts/{Guid.NewGuid()}/reject", null)).StatusCode);
    }

    [Fact]
    public async Task Review_refusals_name_their_field_or_say_not_found_and_change_nothing()
    {
        using var staff = fixture.CreateAdminClient();
        var before = await staff.GetStringAsync("/api/research/feedback-texts?status=pending");

        var status = await HttpAnswers.Problem(await staff.GetAsync("/api/research/feedback-texts?status=open"), HttpStatusCode.BadRequest);
        Assert.True(status.GetProperty("errors").TryGetProperty("status", out _));
        var tooLong = await staff.PostAsJsonAsync($"/api/research/feedback-texts/{Guid.NewGuid()}/approve", new { text = new string('a', 4001) });
        var text = await HttpAnswers.Problem(tooLong, HttpStatusCode.BadRequest);
        Assert.True(text.GetProperty("errors").TryGetProperty("text", out _));
        var unknown = await HttpAnswers.Problem(
            await staff.PostAsJsonAsync($"/api/research/feedback-texts/{Guid.NewGuid()}/approve", new { text = "Gut." }), HttpStatusCode.NotFound);
        Assert.Equal("research.feedback-review.not-found", unknown.GetProperty("code").GetString());

        Assert.Equal(before, await staff.GetStringAsync("/api/research/feedback-texts?status=pending"));
    }

    [Fact]
    public async Task The_survey_mail_has_its_subject_in_the_contact_language()
    {
        var (german, english) = ($"kontakt-{Guid.NewGuid():N}@example.org", $"contact-{Guid.NewGuid():N}@example.org");

        await fixture.CompleteAsync(Guid.NewGuid(), german, fixture.DataOffering, "experience-tour", ["daten"]);
        await fixture.CompleteAsync(Guid.NewGuid(), english, fixture.DataOffering, "experience-tour", ["daten"], "en");

        Assert.Equal("Wie war es? Ihre Rückmeldung", Assert.Single(await fixture.MailsToAsync(german)).Subject);
        Assert.Equal("How was it? Your feedback", Assert.Single(await fixture.MailsToAsync(english)).Subject);
    }
}
