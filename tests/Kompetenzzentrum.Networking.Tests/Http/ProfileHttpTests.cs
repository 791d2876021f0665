using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

public sealed class ProfileHttpTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_a_new_sme_profile_Then_201_then_200_on_change_and_the_profile_shows_no_contact()
    {
        using var client = host.CreateAdminClient();
        var id = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["ki"], email: "geheim@kmu.example"));

        var changed = await client.PutAsJsonAsync($"/api/networking/smes/{id}", NetworkingApi.Sme(["ki", "daten"], email: "geheim@kmu.example"))
            .Json();
        Assert.Equal(2, changed.GetProperty("challengeTopics").GetArrayLength());

        using var response = await client.GetAsync($"/api/networking/smes/{id}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"industry\":\"C\"", text);
        Assert.DoesNotContain("geheim@kmu.example", text);
    }

    [Theory]
    [InlineData("challengeTopics", """["ki","quantenmagie"]""", "challengeTopics")]
    [InlineData("challengeTopics", "[]", "challengeTopics")]
    [InlineData("industry", "\"Z\"", "industry")]
    [InlineData("industry", "\"c\"", "industry")]
    [InlineData("federalState", "\"XX\"", "federalState")]
    [InlineData("postcode", "\"1011\"", "postcode")]
    [InlineData("maturityLevel", "\"Experte\"", "maturityLevel")]
    [InlineData("maturityLevel", "9", "maturityLevel")]
    [InlineData("contact", """{"name":"Frau Kmu","email":"keine-adresse"}""", "contact.email")]
    public async Task Given_bad_sme_input_Then_400_names_the_field_and_nothing_is_stored(string property, string json, string field)
    {
        using var client = host.CreateAdminClient();
        var body = NetworkingApi.Sme(["ki"]);
        body[property] = JsonNode.Parse(json);
        var id = Guid.NewGuid();

        var problem = await client.PutAsJsonAsync($"/api/networking/smes/{id}", body).Json(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/networking/smes/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("solutionTopics", """["blockchain"]""", "solutionTopics")]
    [InlineData("industries", """["C","V"]""", "industries")]
    [InlineData("stage", "\"Unicorn\"", "stage")]
    public async Task Given_bad_startup_input_Then_400_names_the_field(string property, string json, string field)
    {
        using var client = host.CreateAdminClient();
        var body = NetworkingApi.Startup("Fehler", ["ki"]);
        body[property] = JsonNode.Parse(json);

        var problem = await client.PutAsJsonAsync($"/api/networking/startups/{Guid.NewGuid()}", body).Json(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Given_an_sme_profile_When_the_same_organisation_saves_a_startup_profile_Then_409()
    {
        using var client = host.CreateAdminClient();
        var id = await NetworkingApi.CreateSme(client, NetworkingApi.Sme(["cloud"]));

        var response = await client.PutAsJsonAsync($"/api/networking/startups/{id}", NetworkingApi.Startup("Doppelt", ["cloud"]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Given_a_startup_pauses_matching_Then_its_profile_says_so_and_resuming_restores_it()
    {
        using var client = host.CreateAdminClient();
        var id = await NetworkingApi.CreateStartup(client, NetworkingApi.Startup("Pause", ["cloud"]));

        var paused = await client.PutAsJsonAsync($"/api/networking/startups/{id}/matching", new { optedIn = false }).Json();
        Assert.False(paused.GetProperty("optedIn").GetBoolean());

        var resumed = await client.PutAsJsonAsync($"/api/networking/startups/{id}/matching", new { optedIn = true }).Json();
        Assert.True(resumed.GetProperty("optedIn").GetBoolean());
    }
}
