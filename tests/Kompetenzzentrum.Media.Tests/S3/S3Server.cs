using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kompetenzzentrum.Media.Tests.S3;

/// <summary>
/// A real S3-compatible server for the tests: s3rver (npm), from tests/s3rver/package.json and its lock
/// file. The first run installs it with <c>npm ci</c>; it listens on a free loopback port with a bucket
/// "media" and refuses requests signed with an unknown access key (key and secret "S3RVER"; it does not recompute
/// SigV4 signatures, the SDK's own tests cover those). Where node or npm
/// is missing, <see cref="Unavailable"/> says why and the S3 tests skip with that reason.
/// </summary>
public sealed class S3Server : IAsyncDisposable
{
    public const string Bucket = "media";
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private static readonly SemaphoreSlim Install = new(1, 1);
    private Process? _process;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kz-s3rver-" + Guid.NewGuid().ToString("N"));

    public Uri? ServiceUrl { get; private set; }

    /// <summary>Where s3rver keeps the buckets: <c>bucket/key-path._S3rver_object</c>, so a test can see where an object landed.</summary>
    public string DataFolder => _data;

    /// <summary>Why there is no server, or null when it runs.</summary>
    public string? Unavailable { get; private set; }

    public static async Task<S3Server> StartAsync()
    {
        var server = new S3Server();
        await server.StartInternalAsync();
        return server;
    }

    private async Task StartInternalAsync()
    {
        if (FindOnPath("node") is not { } node || FindOnPath("npm") is not { } npm)
        {
            Unavailable = "node and npm are needed to run the S3-compatible test server (s3rver); install Node.js 20 or later.";
            return;
        }
        var folder = FindPackageFolder();
        var entry = Path.Combine(folder, "node_modules", "s3rver", "bin", "s3rver.js");
        // Fixtures of parallel test classes start servers at the same time; one npm ci at a time, or they race
        // in the same node_modules folder (ENOENT).
        await Install.WaitAsync();
        try
        {
            if (!File.Exists(entry))
            {
                await RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--prefer-offline"], folder, TimeSpan.FromMinutes(5));
            }
        }
        finally
        {
            Install.Release();
        }
        Directory.CreateDirectory(_data);
        var port = FreePort();
        _process = Process.Start(new ProcessStartInfo(node)
        {
            ArgumentList = { entry, "-d", _data, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--configure-bucket", Bucket, "--silent" },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        ServiceUrl = new Uri($"http://127.0.0.1:{port}");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        using var http = new HttpClient();
        while (true)
        {
            try
            {
                // Any HTTP answer (s3rver refuses the unsigned request) means it listens and the bucket exists.
                using var response = await http.GetAsync(ServiceUrl);
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    private static string FindPackageFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "s3rver");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("tests/s3rver/package-lock.json not found above " + AppContext.BaseDirectory);
    }

    private static async Task RunAsync(string file, string[] arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output} {await errors}");
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
