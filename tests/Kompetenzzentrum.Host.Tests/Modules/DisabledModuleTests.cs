using System.Net;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Modules;

public sealed class SprintsAndCatalogOffFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Modules:sprints:Enabled"] = "false",
        ["Modules:catalog:Enabled"] = "false",
    };
}

public sealed class DisabledModuleTests(SprintsAndCatalogOffFixture host) : IClassFixture<SprintsAndCatalogOffFixture>
{
    [Fact]
    public async Task Given_a_module_switched_off_Then_it_is_listed_disabled_and_contributes_nothing()
    {
        var modules = await host.GetJsonAsync<JsonElement[]>("/api/modules");
        var sprints = modules.Single(m => m.GetProperty("id").GetString() == "sprints");
        Assert.Equal("disabled", sprints.GetProperty("status").GetString());
        Assert.Contains("Modules:sprints:Enabled", sprints.GetProperty("reason").GetString());

        var types = await host.GetJsonAsync<JsonElement[]>("/api/offering-types");
        Assert.DoesNotContain(types, t => t.GetProperty("key").GetString() == "sprint");
    }

    [Fact]
    public async Task Given_catalog_switched_off_Then_its_endpoints_are_gone_and_dependents_fail_naming_it()
    {
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/catalog/offerings")).StatusCode);

        var modules = await host.GetJsonAsync<JsonElement[]>("/api/modules");
        var media = modules.Single(m => m.GetProperty("id").GetString() == "media");
        Assert.Equal("failed", media.GetProperty("status").GetString());
        Assert.Contains("'catalog'", media.GetProperty("reason").GetString());
        var organisations = modules.Single(m => m.GetProperty("id").GetString() == "organisations");
        Assert.Equal("loaded", organisations.GetProperty("status").GetString());
    }
}
