using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Sprints.Tests.Http;

/// <summary>Staff merge two organisations: the duplicate's sprint application and engagement follow to the survivor.</summary>
[Collection(SprintHost.Name)]
public sealed class MergeTests(ClockedHostFixture host)
{
    private sealed record Owned(Guid Id, Guid OrganisationId);

    [Fact]
    public async Task The_duplicates_application_and_engagement_are_listed_and_opened_by_a_member_of_the_survivor()
    {
        using var api = await SprintApi.CreateAsync(host);
        var survivor = await host.CreateOrganisationAdminAsync();
        var duplicate = await host.CreateOrganisationAdminAsync();
        var (survivorId, duplicateId) = (survivor.OrganisationId!.Value, duplicate.OrganisationId!.Value);
        var engagement = await api.EngagementAsync(duplicate);
        var engagementUrl = $"/api/sprints/engagements/{engagement}";
        Assert.Equal(HttpStatusCode.NotFound, (await survivor.Client.GetAsync(engagementUrl)).StatusCode);

        await host.MergeAsync(survivorId, duplicateId);

        var own = $"/api/sprints/organisations/{survivorId}";
        var engagements = await survivor.Client.GetFromJsonAsync<List<Owned>>($"{own}/engagements", HostFixture.Json);
        var listed = Assert.Single(engagements!);
        Assert.Equal((engagement, survivorId), (listed.Id, listed.OrganisationId));
        var applications = await survivor.Client.GetFromJsonAsync<List<Owned>>($"{own}/applications", HostFixture.Json);
        Assert.Equal(survivorId, Assert.Single(applications!).OrganisationId);
        Assert.Equal(survivorId, (await survivor.Client.GetFromJsonAsync<Owned>(engagementUrl, HostFixture.Json))!.OrganisationId);
        Assert.Empty((await api.Staff.GetFromJsonAsync<List<Owned>>($"/api/sprints/organisations/{duplicateId}/engagements", HostFixture.Json))!);
    }
}
