using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Http;

public sealed class CheckTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_a_member_When_taking_the_check_twice_Then_result_and_history_show_T0_T1_and_the_change()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        using var anonymous = host.CreateClient();
        var set = await MaturityApi.CurrentSetAsync(anonymous);
        var version = set.GetProperty("id").GetInt32();
        var orgId = admin.OrganisationId!.Value;

        var t0 = await MaturityApi.TakeAsync(admin.Client, orgId, version, MaturityApi.Answers(set, 1, ("daten", 5, 1)));
        var t1 = await MaturityApi.TakeAsync(admin.Client, orgId, version, MaturityApi.Answers(set, 2));

        Assert.Equal(
            ("T0", "Entdecker", 25.0),
            (t0.GetProperty("round").GetString(), t0.GetProperty("level").GetString(), t0.GetProperty("overallScore").GetDouble()));
        Assert.Equal(1.0, t0.GetProperty("topicGaps").GetProperty("daten").GetDouble());
        Assert.Equal("T1", t1.GetProperty("round").GetString());
        var latest = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{orgId}/maturity");
        Assert.Equal(
            ("T1", "Gestalter", 50.0),
            (latest.GetProperty("round").GetString(), latest.GetProperty("level").GetString(), latest.GetProperty("overallScore").GetDouble()));
        var history = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{orgId}/maturity/history");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("change").ValueKind);
        Assert.Equal("T0", history[1].GetProperty("comparedWith").GetString());
        Assert.Equal(25, history[1].GetProperty("change").GetProperty("data").GetDouble());
    }

    [Theory]
    [InlineData("missing", "data-2")]
    [InlineData("out-of-range", "ki-relevance")]
    public async Task Incomplete_or_out_of_range_answers_get_400_naming_the_question(string fault, string question)
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var set = await MaturityApi.CurrentSetAsync(admin.Client);
        var answers = MaturityApi.Answers(set, 2);
        if (fault == "missing")
        {
            answers.Remove(question);
        }
        else
        {
            answers[question] = 6;
        }

        var response = await admin.Client.PostAsJsonAsync($"/api/organisations/{admin.OrganisationId}/maturity/checks",
            new { version = set.GetProperty("id").GetInt32(), answers });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(question, out _), problem.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync($"/api/organisations/{admin.OrganisationId}/maturity")).StatusCode);
    }

    [Fact]
    public async Task Another_organisations_result_answers_404()
    {
        var first = await host.CreateOrganisationAdminAsync();
        var second = await host.CreateOrganisationAdminAsync();
        var set = await MaturityApi.CurrentSetAsync(first.Client);
        await MaturityApi.TakeAsync(first.Client, first.OrganisationId!.Value, set.GetProperty("id").GetInt32(), MaturityApi.Answers(set, 3));

        Assert.Equal(HttpStatusCode.NotFound, (await second.Client.GetAsync($"/api/organisations/{first.OrganisationId}/maturity")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound, (await second.Client.GetAsync($"/api/organisations/{first.OrganisationId}/maturity/history")).StatusCode);
        var foreign = await second.Client.PostAsJsonAsync(
            $"/api/organisations/{first.OrganisationId}/maturity/checks", new { answers = MaturityApi.Answers(set, 0) });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task With_fewer_than_five_peers_the_median_is_hidden_with_a_reason()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var set = await MaturityApi.CurrentSetAsync(admin.Client);
        await MaturityApi.TakeAsync(admin.Client, admin.OrganisationId!.Value, set.GetProperty("id").GetInt32(), MaturityApi.Answers(set, 2));

        var peers = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{admin.OrganisationId}/maturity/peers");

        Assert.Equal(JsonValueKind.Null, peers.GetProperty("peers").ValueKind);
        Assert.False(string.IsNullOrEmpty(peers.GetProperty("hiddenBecause").GetString()));
        Assert.Equal(50, peers.GetProperty("own").GetProperty("overallScore").GetDouble());
    }

    [Fact]
    public async Task Only_staff_publish_a_question_set()
    {
        var member = await host.CreateOrganisationAdminAsync();
        using var anonymous = host.CreateClient();
        var body = QuestionSetBodies.OnePerDimension("x");

        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.PostAsJsonAsync("/api/organisations/maturity/question-sets", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/organisations/maturity/question-sets", body)).StatusCode);
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var invalid = await staff.Client.PostAsJsonAsync("/api/organisations/maturity/question-sets", new { questions = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }
}
