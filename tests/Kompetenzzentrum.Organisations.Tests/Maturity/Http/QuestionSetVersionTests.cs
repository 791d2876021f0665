using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Http;

public sealed class QuestionSetVersionTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_a_T0_on_version_1_When_staff_publish_version_2_Then_the_old_result_stays_intact_and_rounds_compare_within_their_version()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var orgId = admin.OrganisationId!.Value;
        var v1 = await MaturityApi.CurrentSetAsync(admin.Client);
        Assert.Equal(1, v1.GetProperty("id").GetInt32());
        await MaturityApi.TakeAsync(admin.Client, orgId, 1, MaturityApi.Answers(v1, 1));

        using var staff = host.CreateAdminClient();
        var published = await staff.PostAsJsonAsync("/api/organisations/maturity/question-sets", QuestionSetBodies.OnePerDimension("v2"));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var v2 = await MaturityApi.CurrentSetAsync(admin.Client);
        Assert.Equal(2, v2.GetProperty("id").GetInt32());
        var oldAnswersOnNewVersion = await admin.Client.PostAsJsonAsync(
            $"/api/organisations/{orgId}/maturity/checks", new { version = 2, answers = MaturityApi.Answers(v1, 1) });
        Assert.Equal(HttpStatusCode.BadRequest, oldAnswersOnNewVersion.StatusCode);

        await MaturityApi.TakeAsync(admin.Client, orgId, 2, MaturityApi.Answers(v2, 4));
        await MaturityApi.TakeAsync(admin.Client, orgId, 1, MaturityApi.Answers(v1, 3));

        var history = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{orgId}/maturity/history");
        var t0 = history[0].GetProperty("result");
        Assert.Equal((1, 25.0), (t0.GetProperty("questionSetVersion").GetInt32(), t0.GetProperty("overallScore").GetDouble()));
        Assert.Equal(100, history[1].GetProperty("result").GetProperty("overallScore").GetDouble());
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("comparedWith").ValueKind);
        Assert.Equal("T0", history[2].GetProperty("comparedWith").GetString());
        Assert.Equal(50, history[2].GetProperty("change").GetProperty("strategy").GetDouble());
        var stillV1 = await admin.Client.GetFromJsonAsync<JsonElement>("/api/organisations/maturity/question-sets/1");
        Assert.Equal(v1.GetProperty("questions").GetArrayLength(), stillV1.GetProperty("questions").GetArrayLength());
    }
}
