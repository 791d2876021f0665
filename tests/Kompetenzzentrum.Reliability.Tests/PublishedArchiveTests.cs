using System.Diagnostics;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;
using Xunit.Abstractions;

namespace Kompetenzzentrum.Reliability.Tests;

/// <summary>Issue 31, part 3: the self-contained archive starts against an existing PostgreSQL with one environment variable.</summary>
[Collection(Faults.Name)]
public sealed class PublishedArchiveTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Given_the_published_archive_unpacked_When_started_with_only_the_connection_string_Then_it_is_ready_from_its_own_folder()
    {
        var archive = await PublishedArchive.GetAsync();
        var folder = Path.Combine(Path.GetTempPath(), "kz-unpacked-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var database = await TestServer.CreateDatabaseAsync();
        try
        {
            await RunAsync("tar", "-xzf", archive.Path, "-C", folder);
            var app = Path.Combine(folder, "kompetenzzentrum");
            var port = HostProcess.FreePort();
            var address = new Uri($"http://127.0.0.1:{port}");
            var info = new ProcessStartInfo(Path.Combine(app, "Kompetenzzentrum.Host"), ["--urls", address.ToString()]) { WorkingDirectory = folder };
            info.Environment.Clear(); // nothing of the test run's environment (no DOTNET_ROOT, no PATH): one variable
            info.Environment["ConnectionStrings__Kompetenzzentrum"] = database;

            var clock = Stopwatch.StartNew();
            await using var host = await HostProcess.StartAsync(info, address, TimeSpan.FromMinutes(2));
            var ready = clock.Elapsed;

            // Its own runtime and its own modules, not the machine's .NET or the build's artifacts folder.
            var maps = await File.ReadAllTextAsync($"/proc/{host.Id}/maps");
            Assert.Contains(Path.Combine(app, "libcoreclr.so"), maps, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(app, "modules", "Kompetenzzentrum.Modules.Catalog", "Kompetenzzentrum.Modules.Catalog.dll"), maps,
                StringComparison.Ordinal);
            using var client = host.CreateClient();
            var modules = await client.GetFromJsonAsync<ModuleRow[]>("/api/modules");
            var shipped = Directory.GetDirectories(Path.Combine(app, "modules")).Length
                + Directory.GetDirectories(Path.Combine(app, "plugins")).Length;
            Assert.True(shipped >= 9, $"{shipped} module and plugin folders in the archive");
            Assert.Equal(shipped, modules!.Count(m => m.Status == "loaded"));
            // The container's HEALTHCHECK command, from the same folder.
            var probe = await RunAsync(Path.Combine(app, "Kompetenzzentrum.Host"), "health", new Uri(address, "/health/ready").ToString());
            Assert.Contains(": 200", probe, StringComparison.Ordinal);

            Assert.Equal(0, await host.StopAsync(TimeSpan.FromSeconds(30)));
            var publish = archive.PublishTime is { } time ? $"published in {time.TotalSeconds:F0} s" : "reused";
            output.WriteLine($"archive {archive.Bytes / 1024.0 / 1024.0:F1} MiB ({publish}), "
                + $"ready {ready.TotalSeconds:F1} s after start on a new database");
        }
        finally
        {
            await TestServer.DropDatabaseAsync(database);
            Directory.Delete(folder, recursive: true);
            archive.DeleteIfMade(); // one test uses it
        }
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {text}");
        return text;
    }

    private sealed record ModuleRow(string Id, string Status);
}
