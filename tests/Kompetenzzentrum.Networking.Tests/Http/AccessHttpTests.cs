using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

public sealed class AccessHttpTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task An_organisation_keeps_its_own_profile_and_proposals_and_cannot_see_another_ones()
    {
        var own = await host.CreateOrganisationAdminAsync();
        var other = await host.CreateOrganisationAdminAsync();
        var url = $"/api/networking/smes/{own.OrganisationId}";

        var saved = await own.Client.PutAsJsonAsync(url, NetworkingApi.Sme(["ki"]));
        Assert.True(saved.IsSuccessStatusCode, $"{saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.OK, (await own.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await own.Client.GetAsync(url + "/proposals")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(url + "/proposals")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PutAsJsonAsync(url, NetworkingApi.Sme(["daten"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync("/api/networking/smes")).StatusCode);
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
    }
}
