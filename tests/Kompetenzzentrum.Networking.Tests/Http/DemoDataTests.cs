using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

public sealed class SeededHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Kompetenzzentrum:SeedDemoData"] = "true" };
}

public sealed class DemoDataTests(SeededHostFixture host) : IClassFixture<SeededHostFixture>
{
    [Fact]
    public async Task Given_demo_data_Then_the_demo_bakery_gets_the_forecasting_startup_first()
    {
        var smes = await Eventually.Get(
            () => host.GetJsonAsync<JsonElement?>("/api/networking/smes"),
            list => list!.Value.GetArrayLength() == 3);
        var bakery = smes!.Value.EnumerateArray().Single(s => s.GetProperty("name").GetString()!.StartsWith("Bäckerei", StringComparison.Ordinal));

        var proposals = await host.GetJsonAsync<JsonElement>($"/api/networking/smes/{bakery.GetProperty("organisationId").GetGuid()}/proposals");

        Assert.Equal("Prognosewerk (Demo)", proposals[0].GetProperty("name").GetString());
        Assert.Equal(4, (await host.GetJsonAsync<JsonElement>("/api/networking/startups")).GetArrayLength());
    }
}
