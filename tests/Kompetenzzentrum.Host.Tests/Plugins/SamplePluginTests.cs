using System.Net;
using System.Net.Http.Json;
using System.Runtime.Loader;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Host.Plugins;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Host.Tests.Plugins;

public sealed class SamplePluginTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public void Given_the_sample_plugin_Then_it_lives_in_its_own_load_context_sharing_the_contracts()
    {
        var registry = host.Factory.Services.GetRequiredService<ModuleRegistry>();
        var plugin = registry.Entries.Single(e => e.Descriptor?.Id == "lernfabrik");

        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(plugin.Module!.GetType().Assembly));
        Assert.Same(typeof(ModuleBase), plugin.Module.GetType().BaseType);
        Assert.IsAssignableFrom<IModule>(plugin.Module);
    }

    [Fact]
    public async Task Given_a_station_registered_through_the_plugin_Then_its_projection_ran_inline_on_the_host_store()
    {
        using var client = await host.AdminAsync();
        var created = await client.PostAsJsonAsync(
            "/api/lernfabrik/stations", new { name = "Vernetzte Montage", topic = "automatisierung", places = 6 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();

        var station = await client.GetFromJsonAsync<JsonElement>(location);

        Assert.Equal("Vernetzte Montage", station.GetProperty("name").GetString());
        Assert.Equal(6, station.GetProperty("places").GetInt32());
    }

    [Fact]
    public async Task Given_a_maintenance_check_Then_the_plugin_job_runs_from_the_persistent_store_and_records_an_event()
    {
        using var client = await host.AdminAsync();
        var created = await client.PostAsJsonAsync("/api/lernfabrik/stations", new { name = "Qualitätsprüfung mit KI", topic = "ki", places = 4 });
        var location = created.Headers.Location!.ToString();

        var check = await client.PostAsync(location + "/maintenance-check", null);
        Assert.Equal(HttpStatusCode.Accepted, check.StatusCode);

        var station = await Eventually.Get(
            async () => await client.GetFromJsonAsync<JsonElement>(location),
            s => s.GetProperty("lastMaintainedAt").ValueKind == JsonValueKind.String);
        Assert.True(station.GetProperty("lastMaintainedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Given_a_request_with_correlation_id_Then_its_events_carry_it()
    {
        using var client = await host.AdminAsync();
        var correlation = "test-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/lernfabrik/stations")
        {
            Content = JsonContent.Create(new { name = "Digitaler Zwilling", topic = "daten", places = 3 }),
        };
        request.Headers.Add("X-Correlation-Id", correlation);

        var response = await client.SendAsync(request);

        Assert.Equal(correlation, response.Headers.GetValues("X-Correlation-Id").Single());
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from kz.mt_events where correlation_id = @id and causation_id is not null", connection);
        command.Parameters.AddWithValue("id", correlation);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
