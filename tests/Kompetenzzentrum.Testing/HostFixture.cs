using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// One booted host on its own fresh database. Derive and override <see cref="Settings"/> for a host
/// configured differently (other plugin folder, a module switched off).
/// </summary>
public class HostFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private KompetenzzentrumFactory? _factory;

    public string ConnectionString { get; private set; } = "";

    public KompetenzzentrumFactory Factory => _factory ?? throw new InvalidOperationException("fixture not started");

    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>Serve on a real loopback port (Kestrel) instead of the in-memory test server, e.g. for a browser.</summary>
    protected virtual bool RealServer => false;

    /// <summary>The address of a <see cref="RealServer"/> host, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost");

    /// <summary>Replaces services of the host, e.g. the clock (see <see cref="ClockedHostFixture"/>).</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>GET as the platform administrator, who may read everything.</summary>
    public async Task<T> GetJsonAsync<T>(string url)
    {
        using var client = this.CreateAdminClient();
        return (await client.GetFromJsonAsync<T>(url, Json))!;
    }

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestServer.CreateDatabaseAsync();
        _factory = new KompetenzzentrumFactory(ConnectionString, Settings, ConfigureServices, RealServer);
        // Boot now, so a broken start fails the fixture, not the first test.
        if (RealServer)
        {
            _factory.StartServer();
            var addresses = _factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
            BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
        else
        {
            _ = _factory.Server;
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await TestServer.DropDatabaseAsync(ConnectionString);
    }
}
