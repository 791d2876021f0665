using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

public sealed class SeededHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Kompetenzzentrum:Demo"] = "true" };
}

public sealed class DemoDataTests(SeededHostFixture host) : IClassFixture<SeededHostFixture>
{
    // The living demo (issue 31) profiles its 150 SMEs and 40 startups; before it, three SMEs and four startups of no
    // registered organisation were seeded here, with the bakery's forecasting startup as the first proposal.
    [Fact]
    public async Task Given_demo_data_Then_every_sme_gets_a_startup_sharing_one_of_its_topics_first()
    {
        var smes = await Eventually.Get(
            () => host.GetJsonAsync<JsonElement?>("/api/networking/smes"),
            list => list!.Value.GetArrayLength() >= 150);
        foreach (var sme in smes!.Value.EnumerateArray().Take(10))
        {
            var topics = sme.GetProperty("challengeTopics").EnumerateArray().Select(t => t.GetString()).ToHashSet();

            var proposals = await host.GetJsonAsync<JsonElement>($"/api/networking/smes/{sme.GetProperty("organisationId").GetGuid()}/proposals");

            Assert.Contains(proposals[0].GetProperty("solutionTopics").EnumerateArray(), t => topics.Contains(t.GetString()));
        }
        Assert.Equal(40, (await host.GetJsonAsync<JsonElement>("/api/networking/startups")).GetArrayLength());
    }
}
