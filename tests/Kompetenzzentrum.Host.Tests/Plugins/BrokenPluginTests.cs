using System.Net;
using System.Text.Json;
using Kompetenzzentrum.Host.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Plugins;

public sealed class BrokenPluginTests(BrokenPluginsFixture host) : IClassFixture<BrokenPluginsFixture>
{
    [Theory]
    [InlineData("ThrowingPlugin.dll", "the partner's registration is broken")]
    [InlineData("WrongContractPlugin.dll", "built against plugin SDK 2.0.0, another major version than the host's SDK 1.")]
    [InlineData("MissingDependencyPlugin.dll", "AbsentLibrary")]
    [InlineData("Lernfabrik.Zweitkopie.dll", "duplicate module id 'lernfabrik'")]
    [InlineData("EmptyPlugin.dll", "no main assembly")]
    public async Task Given_a_broken_plugin_Then_it_is_listed_failed_with_file_and_cause(string file, string cause)
    {
        var modules = await host.GetJsonAsync<JsonElement[]>("/api/modules");

        var entry = modules.Single(m => m.GetProperty("file").GetString()!.EndsWith(file, StringComparison.Ordinal));
        Assert.Equal("failed", entry.GetProperty("status").GetString());
        Assert.Contains(cause, entry.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains(host.Factory.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal)
            && line.Contains(file, StringComparison.Ordinal) && line.Contains(cause, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_broken_plugins_Then_the_host_is_up_and_the_good_plugin_works()
    {
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/lernfabrik/stations")).StatusCode);
        var modules = await host.GetJsonAsync<JsonElement[]>("/api/modules");
        // Every built-in module (nine since Centers) is loaded beside the broken plugins.
        Assert.Equal(9, modules.Count(m => m.GetProperty("kind").GetString() == "module" && m.GetProperty("status").GetString() == "loaded"));
    }

    [Fact]
    public async Task Given_a_plugin_that_threw_during_registration_Then_nothing_of_it_reaches_the_host()
    {
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/throwing/ping")).StatusCode);
        var registry = host.Factory.Services.GetRequiredService<ModuleRegistry>();
        var throwing = registry.Entries.Single(e => e.Path.EndsWith("ThrowingPlugin.dll", StringComparison.Ordinal));
        var leakedType = throwing.LoadContext!.Assemblies.Select(a => a.GetType("ThrowingPlugin.LeakedRegistration")).Single(t => t is not null)!;
        var services = host.Factory.Services.GetRequiredService<IServiceProviderIsService>();
        Assert.False(services.IsService(leakedType));
    }
}
