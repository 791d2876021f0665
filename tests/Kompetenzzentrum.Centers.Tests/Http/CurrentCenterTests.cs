using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Centers.Tests.Http;

/// <summary>The center of a request, as other modules will ask for it (<see cref="ICurrentCenter"/>) and as the API shows it.</summary>
[Collection(CentersHost.Name)]
public sealed class CurrentCenterTests(HostFixture host)
{
    private static HttpRequest Request(string hostName, string path)
    {
        var http = new DefaultHttpContext();
        http.Request.Host = new HostString(hostName);
        http.Request.Path = path;
        return http.Request;
    }

    [Fact]
    public async Task A_request_reaches_the_center_of_its_host_name_then_of_its_path_prefix_else_the_default_center()
    {
        using var api = new CentersApi(host);
        var byHost = CentersApi.Unique("host");
        var byPrefix = CentersApi.Unique("prefix");
        await api.CreateAsync(CentersApi.Body(byHost, hostName: byHost + ".example.org"));
        await api.CreateAsync(CentersApi.Body(byPrefix));
        var current = host.Factory.Services.GetRequiredService<ICurrentCenter>();

        Assert.Equal(byHost, (await current.OfAsync(Request(byHost + ".example.org:8443", $"/{byPrefix}/katalog"), default))?.ShortName);
        Assert.Equal(byPrefix, (await current.OfAsync(Request("kz.example.org", $"/{byPrefix}/katalog"), default))?.ShortName);
        var fallback = await current.OfAsync(Request("kz.example.org", "/katalog"), default);
        Assert.True(fallback?.IsDefault, "an unknown address reaches the default center");
    }

    [Fact]
    public async Task The_center_a_host_name_reaches_is_readable_by_anyone()
    {
        using var api = new CentersApi(host);
        var shortName = CentersApi.Unique("face");
        await api.CreateAsync(CentersApi.Body(shortName, hostName: shortName + ".example.org"));
        using var anonymous = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/centers/current");
        request.Headers.Host = shortName + ".example.org";

        var face = (await (await anonymous.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("details");
        var fallback = await anonymous.GetFromJsonAsync<JsonElement>("/api/centers/current");

        Assert.Equal(shortName, face.GetProperty("shortName").GetString());
        Assert.Equal("#f39200", face.GetProperty("secondaryColor").GetString());
        Assert.True(fallback.GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task A_centers_path_prefix_moves_into_the_path_base_and_an_unknown_prefix_is_a_normal_path()
    {
        using var api = new CentersApi(host);
        var prefix = CentersApi.Unique("base");
        await api.CreateAsync(CentersApi.Body(prefix));
        using var anonymous = host.CreateClient();

        // Created a moment ago: the cache of centers was refreshed by the write, no waiting for its age.
        var reached = await anonymous.GetFromJsonAsync<JsonElement>($"/{prefix}/api/centers/current");
        var mixedCase = await anonymous.GetFromJsonAsync<JsonElement>($"/{prefix.ToUpperInvariant()}/api/centers/current");
        var unknown = await anonymous.GetAsync("/nirgendwo-" + prefix + "/api/centers/current");
        var directory = host.Factory.Services.GetRequiredService<ICenterDirectory>();
        var match = await directory.ResolveAsync("kz.example.org", $"/{prefix}/katalog", default);
        var plain = await directory.ResolveAsync("kz.example.org", "/katalog", default);

        Assert.Equal(prefix, reached.GetProperty("details").GetProperty("shortName").GetString());
        Assert.Equal(prefix, mixedCase.GetProperty("details").GetProperty("shortName").GetString());
        Assert.Equal(404, (int)unknown.StatusCode);
        Assert.Equal((prefix, prefix), (match?.Center.ShortName, match?.PathPrefix));
        Assert.True(plain?.Center.IsDefault);
        Assert.Null(plain?.PathPrefix);
    }

    [Fact]
    public async Task A_changed_address_reaches_the_center_at_once()
    {
        using var api = new CentersApi(host);
        var shortName = CentersApi.Unique("move");
        var (id, etag) = await api.CreateAsync(CentersApi.Body(shortName));
        var directory = host.Factory.Services.GetRequiredService<ICenterDirectory>();
        Assert.Equal(shortName, (await directory.ResolveAsync(null, $"/{shortName}/katalog", default))?.Center.ShortName);

        var moved = await api.PutAsync(id, etag, CentersApi.Body(shortName, pathPrefix: shortName + "-neu"));

        Assert.Equal(200, (int)moved.StatusCode);
        Assert.Equal(shortName, (await directory.ResolveAsync(null, $"/{shortName}-neu/katalog", default))?.Center.ShortName);
        Assert.True((await directory.ResolveAsync(null, $"/{shortName}/katalog", default))?.Center.IsDefault);
    }
}
