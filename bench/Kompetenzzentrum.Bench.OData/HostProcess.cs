using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Kompetenzzentrum.Bench.OData;

/// <summary>The real host binary started as its own process, with a bootstrap administrator to sign in as.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private const string AdminEmail = "bench-admin@kompetenzzentrum.test";
    private const string AdminPassword = "Bench-Sicher-Genug-2026!";
    private readonly Process _process;

    private HostProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    /// <summary>The host process's resident memory (working set) in MiB.</summary>
    public double WorkingSetMiB
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64 / 1024.0 / 1024.0;
        }
    }

    public static async Task<HostProcess> StartAsync(string connection)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "Kompetenzzentrum.Host.dll"), "--urls", $"http://127.0.0.1:{port}",
                "--ConnectionStrings:Kompetenzzentrum", connection, "--Kompetenzzentrum:Demo", "false",
                "--Modules:organisations:BootstrapAdmin:Email", AdminEmail, "--Modules:organisations:BootstrapAdmin:Password", AdminPassword,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (!await IsReadyAsync(http))
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(120))
            {
                await host.DisposeAsync();
                throw new InvalidOperationException("the host did not become ready");
            }
            await Task.Delay(50);
        }
        return host;
    }

    /// <summary>A client signed in as the bootstrap administrator; one connection pool shared by all workers.</summary>
    public async Task<HttpClient> AdminClientAsync()
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        var response = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = AdminEmail, password = AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static async Task<bool> IsReadyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
