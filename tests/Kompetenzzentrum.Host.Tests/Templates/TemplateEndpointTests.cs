using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Templates;

public sealed class TemplateEndpointTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Url = "/api/templates/lernfabrik.workshop-invitation/de";

    [Fact]
    public async Task Given_a_broken_override_Then_it_is_refused_with_line_and_column_and_the_default_stays()
    {
        using var client = await host.AdminAsync();
        var response = await client.PutAsJsonAsync(Url, new { source = "Hallo {{ name }}\n{{ for x in }}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = problem.GetProperty("templateErrors")[0];
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("source", out _));
        var current = await client.GetFromJsonAsync<JsonElement>(Url);
        Assert.False(current.GetProperty("isOverride").GetBoolean());
    }

    [Fact]
    public async Task Given_a_valid_override_Then_rendering_uses_it_until_it_is_reset()
    {
        using var client = await host.AdminAsync();
        var renderer = host.Factory.Services.GetRequiredService<ITemplateRenderer>();
        var saved = await client.PutAsJsonAsync(
            "/api/templates/lernfabrik.workshop-invitation/en", new { source = "Dear {{ name }} at {{ station }}!" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var text = await renderer.RenderAsync("lernfabrik.workshop-invitation", "en", new { Name = "Ms Test", Station = "Robot cell" }, default);
        Assert.Equal("Dear Ms Test at Robot cell!", text);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/templates/lernfabrik.workshop-invitation/en")).StatusCode);
        var again = await renderer.RenderAsync("lernfabrik.workshop-invitation", "en", new { Name = "Ms Test", Station = "Robot cell" }, default);
        Assert.StartsWith("Hello Ms Test", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_preview_Then_the_sample_model_is_rendered()
    {
        using var client = await host.AdminAsync();
        var response = await client.PostAsJsonAsync(Url + "/preview", new { source = "Vorschau für {{ name }}" });
        Assert.Equal("Vorschau für Frau Beispiel", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_an_unknown_template_Then_404()
    {
        using var client = await host.AdminAsync();
        var response = await client.PutAsJsonAsync("/api/templates/nope.nothing/de", new { source = "x" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
