using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Host.Tests.Web;

public sealed class WebBasicsTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Given_a_running_host_Then_health_endpoints_answer_200(string url)
    {
        using var client = await host.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Given_a_body_with_a_wrong_type_Then_400_problem_details_name_the_field()
    {
        using var client = await host.AdminAsync();
        var response = await client.PostAsync("/api/lernfabrik/stations",
            new StringContent("""{"name":"X","topic":"ki","places":"many"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("places", out _));
        Assert.True(problem.TryGetProperty("correlationId", out _));
    }

    [Theory]
    [InlineData("""{"name":"X","topic":"ki","places":2,"colour":"red"}""", "colour")]
    [InlineData("this is not json", "body")]
    [InlineData("""{"name":"X","topic":"ki","places":""", "places")]
    [InlineData("""{"name":"","topic":"nope","places":0}""", "topic")]
    [InlineData("""{"name":"nul\u0000byte","topic":"ki","places":2}""", "name")]
    public async Task Given_bad_input_Then_400_names_the_field_and_nothing_is_stored(string body, string field)
    {
        using var client = await host.AdminAsync();
        var before = await CountEventsAsync();

        var response = await client.PostAsync("/api/lernfabrik/stations", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, await CountEventsAsync());
    }

    [Fact]
    public async Task Given_an_unknown_route_Then_404_is_problem_details()
    {
        using var client = await host.AdminAsync();
        var response = await client.GetAsync("/api/lernfabrik/stations/" + Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Given_the_openapi_document_Then_it_lists_host_module_and_plugin_endpoints_and_the_ui_is_served()
    {
        using var client = await host.AdminAsync();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/modules", out _));
        Assert.True(paths.TryGetProperty("/api/catalog/offerings", out _));
        Assert.True(paths.TryGetProperty("/api/lernfabrik/stations", out _));
        var ui = await client.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Contains("text/html", ui.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Given_the_host_started_Then_the_clustered_quartz_tables_exist_in_our_schema()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from information_schema.tables where table_schema = 'kz' and table_name like 'qrtz_%'", connection);
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 10);
        await using var state = new NpgsqlCommand("select count(*) from kz.qrtz_scheduler_state", connection);
        Assert.True((long)(await state.ExecuteScalarAsync())! >= 1);
    }

    private async Task<long> CountEventsAsync()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from kz.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
