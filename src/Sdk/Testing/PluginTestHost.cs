using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Kompetenzzentrum.PluginTesting;

/// <summary>
/// The real Kompetenzzentrum host, started as its own process on a loopback port with the plugins under test, on a fresh
/// PostgreSQL database (or its own embedded cluster), and ready: <c>/health/ready</c> answered. Dispose it to stop the host
/// and drop its database. Typically one per test class (an xunit class fixture).
/// </summary>
public sealed class PluginTestHost : IAsyncDisposable
{
    /// <summary>The platform administrator the host creates at its first start.</summary>
    public const string AdminEmail = "admin@plugin-test.local";

    /// <summary>The administrator's password.</summary>
    public const string AdminPassword = "Plugin-Test-2026!";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TestDatabase? _database;
    private readonly string _scratch;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    private PluginTestHost(Process process, Uri address, TestDatabase? database, string scratch)
    {
        _process = process;
        Address = address;
        _database = database;
        _scratch = scratch;
    }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; }

    /// <summary>What the host wrote to its console so far (warnings and errors unless the settings ask for more).</summary>
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

    /// <summary>Starts the host with the options' plugins and waits until it is ready.</summary>
    /// <exception cref="InvalidOperationException">The host exited while starting; the message holds its output.</exception>
    /// <exception cref="TimeoutException">The host was not ready within <see cref="PluginTestHostOptions.StartTimeout"/>.</exception>
    public static async Task<PluginTestHost> StartAsync(PluginTestHostOptions? options = null)
    {
        options ??= new PluginTestHostOptions();
        var hostFolder = options.HostPath ?? Path.Combine(AppContext.BaseDirectory, "kz-host");
        var hostAssembly = Path.Combine(hostFolder, "Kompetenzzentrum.Host.dll");
        if (!File.Exists(hostAssembly))
        {
            throw new FileNotFoundException("The published host is missing: reference the Kompetenzzentrum.Testing package and build", hostAssembly);
        }
        var plugins = options.PluginsPath ?? Path.Combine(AppContext.BaseDirectory, "kz-plugins");
        var scratch = Directory.CreateTempSubdirectory("kz-plugin-test-").FullName;
        var database = options.ServerConnectionString is { Length: > 0 } server ? await TestDatabase.CreateAsync(server) : null;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [hostAssembly])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = hostFolder,
        };
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Kompetenzzentrum:PluginsPath"] = plugins,
            ["Kompetenzzentrum:Demo"] = options.Demo ? "true" : "false",
            ["Kompetenzzentrum:DemoPasswordsPath"] = Path.Combine(scratch, "demo-passwords"),
            ["Embedded:DataPath"] = Path.Combine(scratch, "postgres"),
            ["Modules:organisations:BootstrapAdmin:Email"] = AdminEmail,
            ["Modules:organisations:BootstrapAdmin:Password"] = AdminPassword,
            ["Security:SignInPermitsPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (database is not null)
        {
            settings["ConnectionStrings:Kompetenzzentrum"] = database.ConnectionString;
        }
        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new PluginTestHost(process, new Uri($"http://127.0.0.1:{port}"), database, scratch);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync(options.StartTimeout);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>A client of the host, not signed in.</summary>
    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30), AllowAutoRedirect = false })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>
    /// A client signed in (bearer token) as the demo account of <paramref name="role"/> (see <see cref="TestRoles"/>). Waits while the
    /// demo is still being seeded. Needs <see cref="PluginTestHostOptions.Demo"/>.
    /// </summary>
    public async Task<HttpClient> SignInAsync(string role)
    {
        if (!_tokens.TryGetValue(role, out var token))
        {
            var (email, password) = await DemoAccountAsync(role);
            token = await TokenAsync(email, password, TimeSpan.FromMinutes(2));
            _tokens[role] = token;
        }
        return Authorized(token);
    }

    /// <summary>A client signed in as the platform administrator (<see cref="AdminEmail"/>); works without the demo.</summary>
    public async Task<HttpClient> SignInAsAdminAsync() => Authorized(await TokenAsync(AdminEmail, AdminPassword, TimeSpan.FromMinutes(1)));

    /// <summary>Stops the host (kills its process), drops its database and deletes its temporary folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_database is not null)
        {
            await _database.DropAsync();
        }
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // an embedded cluster's files may still be released; the temp folder is cleaned by the system
        }
    }

    private HttpClient Authorized(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<(string Email, string Password)> DemoAccountAsync(string role)
    {
        var file = Path.Combine(_scratch, "demo-passwords");
        if (!File.Exists(file))
        {
            throw new InvalidOperationException("No demo accounts: start the host with PluginTestHostOptions.Demo = true");
        }
        var email = $"{role}@demo.kompetenzzentrum.local";
        foreach (var line in await File.ReadAllLinesAsync(file))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && string.Equals(parts[0], email, StringComparison.OrdinalIgnoreCase))
            {
                return (parts[0], parts[1]);
            }
        }
        throw new ArgumentException($"No demo account for the role '{role}'; the roles are {string.Join(", ", TestRoles.All)}", nameof(role));
    }

    private async Task<string> TokenAsync(string email, string password, TimeSpan limit)
    {
        using var client = CreateClient();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email, password });
            if (response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
                return answer.GetProperty("accessToken").GetString()!;
            }
            // The accounts are created while the host starts; the demo's a moment later.
            if (deadline.Elapsed > limit || response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest))
            {
                throw new InvalidOperationException(
                    $"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{Output}");
            }
            await Task.Delay(500);
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        using var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
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
            await Task.Delay(250);
        }
        throw new TimeoutException($"The host was not ready within {limit}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            if (_output.Length < 4_000_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
