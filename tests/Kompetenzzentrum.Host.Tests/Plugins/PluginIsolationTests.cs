using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Host.Tests.Plugins;

/// <summary>
/// A plugin that fails at run time (tests/TestPlugins/FaultyPlugin) keeps its failures to itself: the core modules' and
/// the other plugin's writes succeed, and the plugin is listed degraded with the cause.
/// </summary>
public sealed class PluginIsolationTests(FaultyPluginFixture host) : IClassFixture<FaultyPluginFixture>
{
    [Fact]
    public async Task Given_a_plugin_projection_that_throws_on_a_core_event_Then_the_registration_succeeds_and_the_plugin_is_degraded()
    {
        var admin = await host.CreateOrganisationAdminAsync("Robuste Werkstatt GmbH");

        var organisation = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{admin.OrganisationId}");
        Assert.Equal("Robuste Werkstatt GmbH", organisation.GetProperty("name").GetString());
        var faulty = await ModuleAsync("faulty");
        Assert.Equal("degraded", faulty.GetProperty("status").GetString());
        Assert.Contains("projection", faulty.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("the partner's projection is broken", faulty.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("loaded", (await ModuleAsync("organisations")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_a_degraded_plugin_Then_another_plugins_inline_projection_still_runs_with_its_write()
    {
        await host.CreateOrganisationAdminAsync();
        using var client = await host.AdminAsync();

        var created = await client.PostAsJsonAsync("/api/lernfabrik/stations", new { name = "Robotik", topic = "automatisierung", places = 2 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var station = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
        Assert.Equal("Robotik", station.GetProperty("name").GetString());
        Assert.Equal("loaded", (await ModuleAsync("lernfabrik")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_a_plugin_endpoint_that_throws_Then_that_request_gets_a_500_problem_and_the_plugin_is_degraded()
    {
        using var client = await host.AdminAsync();

        var boom = await client.GetAsync("/api/faulty/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, boom.StatusCode);
        Assert.Equal("application/problem+json", boom.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/faulty/ok")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/lernfabrik/stations")).StatusCode);
        var faulty = await ModuleAsync("faulty");
        Assert.Equal("degraded", faulty.GetProperty("status").GetString());
        Assert.Contains("endpoint GET /api/faulty/boom threw InvalidOperationException: the partner's endpoint is broken",
            faulty.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_plugin_job_that_throws_Then_the_plugin_is_degraded_with_the_job_as_cause()
    {
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(new JobKey("failing", "faulty"));

        var faulty = await Eventually.Get(
            () => ModuleAsync("faulty"),
            m => m.GetProperty("reason").GetString()?.Contains("the partner's job is broken", StringComparison.Ordinal) == true);
        Assert.Equal("degraded", faulty.GetProperty("status").GetString());
        Assert.Contains("job faulty.failing threw", faulty.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> ModuleAsync(string id) =>
        (await host.GetJsonAsync<JsonElement[]>("/api/modules")).Single(m => m.GetProperty("id").GetString() == id);
}
