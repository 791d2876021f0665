using Kompetenzzentrum.PluginTesting;

namespace KzPlugin.Tests;

/// <summary>
/// The real host with this plugin, on a fresh PostgreSQL database (<c>KZ_TEST_CONNECTION</c>; else the host's embedded
/// cluster), with one demo account per role. Started once per test class: the demo takes some seconds to seed.
/// </summary>
public sealed class KzPluginHost : IAsyncLifetime
{
    private PluginTestHost? _host;

    public PluginTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await PluginTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
