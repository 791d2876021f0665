using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The built host started as its own operating-system process on a loopback port, so a test can kill it
/// (SIGKILL), start it again, run two of them on one database, or read what it writes to the console.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the host and waits until it is ready; logs only warnings unless the settings say otherwise.</summary>
    /// <param name="connectionString">The database.</param>
    /// <param name="settings">Configuration (keys as in appsettings, <c>:</c> separated), passed as environment variables.</param>
    /// <param name="environment">The hosting environment (<c>ASPNETCORE_ENVIRONMENT</c>).</param>
    public static async Task<HostProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null,
        string environment = "Testing")
    {
        var port = FreePort();
        var info = Info(connectionString, settings, environment, port, []);
        return await StartAsync(info, new Uri($"http://127.0.0.1:{port}"), TimeSpan.FromSeconds(90));
    }

    /// <summary>Starts any build of the host (a published one, say) and waits until it answers at the address.</summary>
    public static async Task<HostProcess> StartAsync(ProcessStartInfo info, Uri address, TimeSpan limit)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start");
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilReadyAsync(limit);
        return host;
    }

    /// <summary>
    /// Starts the web host (no command) with settings it is expected to refuse, and waits for it to exit by itself:
    /// exit code and console output. Fails when it is still running after <paramref name="limit"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string connectionString,
        IReadOnlyDictionary<string, string>? settings = null, TimeSpan? limit = null) =>
        await RunAsync(Info(connectionString, settings, "Testing", FreePort(), []), limit ?? TimeSpan.FromMinutes(1));

    /// <summary>Runs the built host with a command (<c>db-apply</c>, <c>org-export …</c>) to its end: exit code and console output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string connectionString, params string[] arguments) =>
        await RunAsync(Info(connectionString, null, "Testing", null, arguments), TimeSpan.FromMinutes(2));

    private static ProcessStartInfo Info(string connectionString, IReadOnlyDictionary<string, string>? settings, string environment,
        int? port, string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [HostAssembly(), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (port is not null)
        {
            info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            info.Environment["Modules__organisations__BootstrapAdmin__Email"] = TestUsers.AdminEmail;
            info.Environment["Modules__organisations__BootstrapAdmin__Password"] = TestUsers.Password;
            info.Environment["Security__SignInPermitsPerMinute"] = "100000";
            info.Environment["Modules__integrations__Newsletter__SubscribePermitsPerMinute"] = "100000";
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["ConnectionStrings__Kompetenzzentrum"] = connectionString;
        info.Environment["Kompetenzzentrum__Demo"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        return info;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo info, TimeSpan limit)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host still ran after {limit}:\n{await output}{await errors}");
        }
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>The process id, e.g. to read <c>/proc/&lt;id&gt;/maps</c>.</summary>
    public int Id => _process.Id;

    /// <summary>SIGTERM, as a container runtime or systemd stops a service: the host shuts down and exits by itself.</summary>
    public async Task<int> StopAsync(TimeSpan limit)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public HttpClient CreateClient(TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = Address,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like a power cut of the machine.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        using var client = CreateClient(TimeSpan.FromSeconds(5));
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The host was not ready within {limit}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            // Enough for a host logging every statement at Debug from its start.
            if (_output.Length < 4_000_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static string HostAssembly()
    {
        var artifacts = Artifacts.Root.TrimEnd('/', '\\');
        var configuration = Path.GetFileName(artifacts);
        var repository = Path.GetFullPath(Path.Combine(artifacts, "..", ".."));
        var path = Path.Combine(repository, "src", "Host", "bin", configuration, "net10.0", "Kompetenzzentrum.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the host is missing", path);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
