using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Research.Tests;

public sealed class ODataAccessTests(ResearchFixture fixture) : IClassFixture<ResearchFixture>
{
    [Fact]
    public async Task Anonymous_gets_401_and_an_organisation_member_403()
    {
        using var anonymous = fixture.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/odata/Interactions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/odata/$metadata")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Organisations[0].Client.GetAsync("/odata/Interactions")).StatusCode);
    }

    [Theory]
    [InlineData("$top=1000000000")]
    [InlineData("$skip=-1")]
    public async Task Queries_beyond_the_limits_get_400(string query)
    {
        var response = await fixture.Analyst.GetAsync("/odata/Interactions?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(null, "The query exceeds a limit or is not valid.")]
    [InlineData("de", "Die Abfrage überschreitet eine Grenze oder ist ungültig.")]
    public async Task A_query_beyond_the_limits_gets_its_title_in_the_language_asked_for(string? language, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Interactions?$top=1000000000");
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var problem = await HttpAnswers.Problem(await fixture.Analyst.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_filter_of_ten_thousand_characters_gets_400_with_a_clear_message()
    {
        var filter = string.Join(" or ", Enumerable.Range(0, 800).Select(i => $"Topic eq 't{i}'"));
        Assert.True(filter.Length >= 10_000);
        var response = await fixture.Analyst.GetAsync("/odata/Interactions?$filter=" + Uri.EscapeDataString(filter));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task More_rows_than_a_page_come_with_a_next_link()
    {
        await using (var connection = new NpgsqlConnection(fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                "insert into kz.research_interactions (event_id, occurred_at, month, organisation_pseudonym, event_type, topic, kind) "
                + "select gen_random_uuid(), now(), '2026-01', 'p' || i, 'Generated', 'paging-test', 'viewed' "
                + "from generate_series(1, 1500) i", connection);
            await insert.ExecuteNonQueryAsync();
        }

        var first = await fixture.Analyst.GetFromJsonAsync<System.Text.Json.JsonElement>(
            "/odata/Interactions?$filter=Topic eq 'paging-test'&$count=true");
        Assert.Equal(1500, first.GetProperty("@odata.count").GetInt32());
        Assert.Equal(1000, first.GetProperty("value").GetArrayLength());
        var next = first.GetProperty("@odata.nextLink").GetString()!;
        var second = await fixture.Analyst.GetFromJsonAsync<System.Text.Json.JsonElement>(next);
        Assert.Equal(500, second.GetProperty("value").GetArrayLength());
        Assert.False(second.TryGetProperty("@odata.nextLink", out _));
    }

    [Fact]
    public async Task No_answer_of_any_entity_set_contains_names_emails_or_organisation_ids()
    {
        // Data in every set: a check round and a need (as the check module appends them), two survey answers
        // with free text, one approved by staff, one still pending.
        var first = fixture.Organisations[0];
        var interaction = new Interaction(first.OrganisationId!.Value, ["daten"], null, null, InteractionKinds.Answered, DateTimeOffset.UtcNow);
        await fixture.AppendAsync(
            new MaturityAssessed(
                Guid.NewGuid(), 1, 0, new Dictionary<string, double> { [MaturityDimensions.Data] = 40 }, 40, MaturityLevel.Entdecker, interaction),
            new NeedExpressed("daten", 0.8, "check", interaction));
        using var anonymous = fixture.CreateClient();
        using var staff = fixture.CreateAdminClient();
        var texts = new[]
        {
            (first, $"Schreiben Sie an {first.Email}, gern mehr zu Daten."),
            (fixture.Organisations[1], "Grüße von Geheim GmbH 1, Erika Mustermann"),
        };
        foreach (var (organisation, text) in texts)
        {
            var token = await fixture.CompleteAsync(
                organisation.OrganisationId!.Value, organisation.Email, fixture.DataOffering, "experience-tour", ["daten"]);
            var answered = await anonymous.PostAsJsonAsync(
                $"/api/research/surveys/{token}", new { satisfaction = 4, usefulness = 4, recommendation = 8, freeText = text });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        var pending = await staff.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/research/feedback-texts");
        var approve = pending.EnumerateArray()
            .Single(p => p.GetProperty("text").GetString()!.StartsWith("Schreiben", StringComparison.Ordinal))
            .GetProperty("commentId").GetGuid();
        (await staff.PostAsJsonAsync($"/api/research/feedback-texts/{approve}/approve", new { })).EnsureSuccessStatusCode();

        var service = await fixture.Analyst.GetFromJsonAsync<System.Text.Json.JsonElement>("/odata/");
        var sets = service.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("url").GetString()!).ToList();
        Assert.Equal(
            ["Feedback", "FeedbackComments", "InteractionCounts", "Interactions", "MaturityResults", "NeedSignalCounts", "NeedSignals"],
            sets.Order(StringComparer.Ordinal));
        foreach (var set in sets)
        {
            var body = await fixture.Analyst.GetStringAsync($"/odata/{set}?$top=5000");
            Assert.NotEqual(0, System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("value").GetArrayLength());
            foreach (var organisation in fixture.Organisations)
            {
                Assert.DoesNotContain(organisation.OrganisationId!.Value.ToString(), body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(organisation.Email, body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(organisation.AccountId.ToString(), body, StringComparison.OrdinalIgnoreCase);
            }
            Assert.DoesNotContain("Geheim GmbH", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Mustermann", body, StringComparison.Ordinal);
            Assert.DoesNotContain(TestUsers.AdminEmail, body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
