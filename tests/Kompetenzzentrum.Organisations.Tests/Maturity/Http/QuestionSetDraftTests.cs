using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Http;

/// <summary>Staff save the next version of the check as a draft and publish it; bad drafts are refused naming the field.</summary>
public sealed class QuestionSetDraftTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Sets = "/api/organisations/maturity/question-sets";

    [Fact]
    public async Task A_saved_draft_changes_nothing_until_it_is_published_as_the_next_version_and_then_it_is_gone()
    {
        using var staff = host.CreateAdminClient();
        var before = (await MaturityApi.CurrentSetAsync(staff)).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"{Sets}/draft", QuestionSetBodies.OnePerDimension("entwurf"))).StatusCode);

        var draft = await staff.GetFromJsonAsync<JsonElement>($"{Sets}/draft");
        Assert.Equal(before, draft.GetProperty("basedOn").GetInt32());
        Assert.Equal(before, (await MaturityApi.CurrentSetAsync(staff)).GetProperty("id").GetInt32());
        var published = await staff.PostAsync($"{Sets}/draft/publish", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(before + 1, (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var current = await MaturityApi.CurrentSetAsync(staff);
        Assert.Equal(before + 1, current.GetProperty("id").GetInt32());
        Assert.Equal("entwurf-strategy", current.GetProperty("questions")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{Sets}/draft")).StatusCode);
        var again = await staff.PostAsync($"{Sets}/draft/publish", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("organisations.question-set.no-draft", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(before + 1, (await MaturityApi.CurrentSetAsync(staff)).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_draft_is_not_published_over_a_version_that_came_out_after_it_was_saved_until_it_is_saved_again()
    {
        using var staff = host.CreateAdminClient();
        (await staff.PutAsJsonAsync($"{Sets}/draft", QuestionSetBodies.OnePerDimension("alt"))).EnsureSuccessStatusCode();
        var published = await staff.PostAsJsonAsync(Sets, QuestionSetBodies.OnePerDimension("direkt"));
        Assert.True(published.IsSuccessStatusCode, $"{published.StatusCode}");
        var current = (await MaturityApi.CurrentSetAsync(staff)).GetProperty("id").GetInt32();

        var stale = await staff.PostAsync($"{Sets}/draft/publish", null);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("organisations.question-set.draft-stale", problem.GetProperty("code").GetString());
        Assert.Contains($"version {current}", problem.GetProperty("title").GetString());
        Assert.Equal(current, (await MaturityApi.CurrentSetAsync(staff)).GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"{Sets}/draft")).StatusCode);

        (await staff.PutAsJsonAsync($"{Sets}/draft", QuestionSetBodies.OnePerDimension("alt"))).EnsureSuccessStatusCode();
        Assert.Equal(current, (await staff.GetFromJsonAsync<JsonElement>($"{Sets}/draft")).GetProperty("basedOn").GetInt32());
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync($"{Sets}/draft/publish", null)).StatusCode);
        Assert.Equal(current + 1, (await MaturityApi.CurrentSetAsync(staff)).GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("text", "questions[0].text")]
    [InlineData("key", "questions[0].key")]
    [InlineData("labels", "questions[0].labels")]
    public async Task A_bad_draft_is_400_naming_the_field_and_the_saved_draft_stays(string broken, string field)
    {
        using var staff = host.CreateAdminClient();
        (await staff.PutAsJsonAsync($"{Sets}/draft", QuestionSetBodies.OnePerDimension("gut"))).EnsureSuccessStatusCode();
        var labels = Enumerable.Range(0, broken == "labels" ? 3 : 5).Select(i => new { de = $"{i}", en = $"{i}" }).ToArray();
        var questions = MaturityDimensions.All.Select((d, i) => new
        {
            id = $"schlecht-{d}",
            kind = "dimension",
            key = i == 0 && broken == "key" ? "kaffee" : d,
            text = new { de = i == 0 && broken == "text" ? "" : $"Frage zu {d}", en = $"Question on {d}" },
            labels,
        }).ToArray();

        var response = await staff.PutAsJsonAsync($"{Sets}/draft", new { questions });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        var draft = await staff.GetFromJsonAsync<JsonElement>($"{Sets}/draft");
        Assert.Equal("gut-strategy", draft.GetProperty("questions")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Only_staff_read_save_and_publish_the_draft()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var analyst = await host.CreateUserAsync(Roles.Analyst);
        using var anonymous = host.CreateClient();
        var body = QuestionSetBodies.OnePerDimension("fremd");

        foreach (var client in new[] { member.Client, analyst.Client })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Sets}/draft")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"{Sets}/draft", body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{Sets}/draft/publish", null)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"{Sets}/draft", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{Sets}/draft/publish", null)).StatusCode);
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.PutAsJsonAsync($"{Sets}/draft", body)).StatusCode);
    }
}
