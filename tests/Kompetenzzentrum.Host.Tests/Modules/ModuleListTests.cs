using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Modules;

[Collection(ReadOnlyHost.Name)]
public sealed class ModuleListTests(HostFixture host)
{
    private static readonly string[] NineModules =
        ["catalog", "centers", "consultations", "integrations", "media", "networking", "organisations", "research", "sprints"];

    [Fact]
    public async Task Given_default_host_Then_the_nine_modules_and_the_sample_plugin_are_loaded()
    {
        var modules = await host.GetJsonAsync<JsonElement[]>("/api/modules");

        var byId = modules.ToDictionary(m => m.GetProperty("id").GetString()!);
        foreach (var id in NineModules)
        {
            Assert.Equal("loaded", byId[id].GetProperty("status").GetString());
            Assert.Equal("module", byId[id].GetProperty("kind").GetString());
        }
        var plugin = byId["lernfabrik"];
        Assert.Equal("loaded", plugin.GetProperty("status").GetString());
        Assert.Equal("plugin", plugin.GetProperty("kind").GetString());
        Assert.Equal("1.0.0", plugin.GetProperty("version").GetString());
        Assert.Contains("Lernfabrik", plugin.GetProperty("provider").GetString());
    }

    [Fact]
    public async Task Given_default_host_Then_offering_types_of_modules_and_plugin_are_registered_with_their_module()
    {
        var types = await host.GetJsonAsync<JsonElement[]>("/api/offering-types");

        var owner = types.ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("moduleId").GetString());
        Assert.Equal("lernfabrik", owner["lernfabrik-workshop"]);
        Assert.Equal("consultations", owner["consultation"]);
        Assert.Equal("sprints", owner["sprint"]);
        Assert.Equal("media", owner["experience-tour"]);
        Assert.Equal("networking", owner["matchmaking-event"]);
    }
}
