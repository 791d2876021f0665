using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Sprints.Tests.Http;

[Collection(SprintHost.Name)]
public sealed class ApplicationTests(ClockedHostFixture host)
{
    [Fact]
    public async Task Given_bad_input_When_applying_Then_400_names_each_field()
    {
        using var api = await SprintApi.CreateAsync(host);
        var sme = await host.CreateOrganisationAdminAsync();

        var response = await sme.Client.PostAsJsonAsync($"/api/sprints/organisations/{sme.OrganisationId}/applications",
            new { offeringId = Guid.NewGuid(), motivation = " ", goals = "Wachsen", availability = new string('x', 4001) });

        var errors = (await HttpAnswers.Problem(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("offeringId", out _));
        Assert.True(errors.TryGetProperty("motivation", out _));
        Assert.True(errors.TryGetProperty("availability", out _));
        Assert.False(errors.TryGetProperty("goals", out _));
    }

    [Fact]
    public async Task Given_bad_input_and_an_application_twice_When_the_client_asks_for_German_Then_the_answers_are_German()
    {
        using var api = await SprintApi.CreateAsync(host);
        var offering = await api.PublishedSprintOfferingAsync();
        var sme = await host.CreateOrganisationAdminAsync();
        sme.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");
        await HttpAnswers.Created(await SprintApi.ApplyAsync(sme, offering));

        var bad = await sme.Client.PostAsJsonAsync($"/api/sprints/organisations/{sme.OrganisationId}/applications",
            new { offeringId = offering, motivation = " ", goals = "Wachsen", availability = "Montags" });
        var twice = await HttpAnswers.Problem(await SprintApi.ApplyAsync(sme, offering), HttpStatusCode.Conflict);

        var errors = (await HttpAnswers.Problem(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.StartsWith("Sagen Sie, warum Sie sich bewerben", errors.GetProperty("motivation")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Ihre Organisation hat sich schon für diesen Sprint beworben", twice.GetProperty("title").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_period_for_one_sprint_When_a_second_application_is_accepted_Then_409_until_staff_raise_the_capacity()
    {
        using var api = await SprintApi.CreateAsync(host);
        var offering = await api.PublishedSprintOfferingAsync();
        var period = await api.PeriodAsync(capacity: 1);
        var first = await host.CreateOrganisationAdminAsync();
        var second = await host.CreateOrganisationAdminAsync();
        var firstApplication = (await HttpAnswers.Created(await SprintApi.ApplyAsync(first, offering))).GetProperty("id").GetGuid();
        var secondApplication = (await HttpAnswers.Created(await SprintApi.ApplyAsync(second, offering))).GetProperty("id").GetGuid();
        await HttpAnswers.Problem(await SprintApi.ApplyAsync(first, offering), HttpStatusCode.Conflict); // already applied

        var engagement = await HttpAnswers.Created(await api.AcceptAsync(firstApplication, period));
        var refused = await HttpAnswers.Problem(await api.AcceptAsync(secondApplication, period), HttpStatusCode.Conflict);
        await api.PutOkAsync($"/api/sprints/periods/{period}/capacity", new { capacity = 2 });
        var accepted = await HttpAnswers.Created(await api.AcceptAsync(secondApplication, period));

        Assert.Contains("full", refused.GetProperty("title").GetString());
        Assert.Equal(first.OrganisationId, engagement.GetProperty("organisationId").GetGuid());
        Assert.Equal("Analysis", engagement.GetProperty("currentPhase").GetString());
        Assert.Equal(second.OrganisationId, accepted.GetProperty("organisationId").GetGuid());
        var own = await first.Client.GetFromJsonAsync<JsonElement>($"/api/sprints/applications/{firstApplication}");
        Assert.Equal("accepted", own.GetProperty("status").GetString());
        Assert.Equal(engagement.GetProperty("id").GetGuid(), own.GetProperty("engagementId").GetGuid());
        await HttpAnswers.Problem(await api.Staff.PutAsJsonAsync($"/api/sprints/periods/{period}/capacity", new { capacity = 1 }),
            HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_an_application_When_staff_decline_it_Then_the_sme_reads_the_reason_and_others_see_nothing()
    {
        using var api = await SprintApi.CreateAsync(host);
        var offering = await api.PublishedSprintOfferingAsync();
        var sme = await host.CreateOrganisationAdminAsync();
        var other = await host.CreateOrganisationAdminAsync();
        var application = (await HttpAnswers.Created(await SprintApi.ApplyAsync(sme, offering))).GetProperty("id").GetGuid();

        var missing = await api.Staff.PostAsJsonAsync($"/api/sprints/applications/{application}/decline", new { reason = "" });
        await api.PostOkAsync($"/api/sprints/applications/{application}/decline", new { reason = "Kapazität erschöpft" });

        Assert.True((await HttpAnswers.Problem(missing, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        var own = await sme.Client.GetFromJsonAsync<JsonElement>($"/api/sprints/organisations/{sme.OrganisationId}/applications");
        Assert.Equal(("declined", "Kapazität erschöpft"), (own[0].GetProperty("status").GetString(), own[0].GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/sprints/applications/{application}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await other.Client.GetAsync($"/api/sprints/organisations/{sme.OrganisationId}/applications")).StatusCode);
        await HttpAnswers.Problem(await api.AcceptAsync(application, await api.PeriodAsync(3)), HttpStatusCode.Conflict);
    }
}
