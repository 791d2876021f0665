using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kompetenzzentrum.Bench;

/// <summary>
/// Host cold start: starts the real host binary as its own process and measures the time until
/// <c>/health/ready</c> answers 200, and its resident memory then and after a few requests. Once on an empty
/// database (schema created at start) and once more on the same database (schema already there).
/// </summary>
internal static class StartupBenchmark
{
    public static readonly string[] Names = ["startup"];

    public static async Task<IEnumerable<BenchRow>> RunAsync(string admin)
    {
        var database = await BenchDatabase.CreateAsync(admin, "kz_bench_startup");
        var rows = new List<BenchRow>();
        foreach (var run in new[] { "empty database", "existing schema" })
        {
            var (ready, rssReady, rssAfter) = await MeasureAsync(database);
            rows.Add(new("host cold start", $"time to ready ({run})", $"{ready.TotalMilliseconds:0} ms"));
            rows.Add(new("host cold start", $"memory at ready ({run})", $"{rssReady / 1024.0 / 1024:0} MiB RSS"));
            rows.Add(new("host cold start", $"memory after 200 requests ({run})", $"{rssAfter / 1024.0 / 1024:0} MiB RSS"));
        }
        return rows;
    }

    private static async Task<(TimeSpan Ready, long RssReady, long RssAfter)> MeasureAsync(string connection)
    {
        var port = FreePort();
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Kompetenzzentrum.Host.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                hostDll, "--urls", $"http://127.0.0.1:{port}", "--ConnectionStrings:Kompetenzzentrum", connection,
                "--Kompetenzzentrum:Demo", "false",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (!await IsReadyAsync(http))
            {
                if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(120))
                {
                    throw new InvalidOperationException("the host did not become ready");
                }
                await Task.Delay(20);
            }
            var ready = clock.Elapsed;
            var rssReady = Rss(process.Id);
            for (var i = 0; i < 200; i++)
            {
                (await http.GetAsync(i % 2 == 0 ? "/api/modules" : "/api/catalog/offerings")).EnsureSuccessStatusCode();
            }
            return (ready, rssReady, Rss(process.Id));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static long Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
