using System.Diagnostics;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Reliability.Tests;

/// <summary>
/// The self-contained archive <c>deploy/publish.sh</c> makes, built once per test run from a copy of the sources in
/// the temp folder (a runtime-specific restore rewrites each project's <c>obj/project.assets.json</c>, which the
/// Debug builds of other test projects may be reading at the same time), or the one named by
/// <c>KZ_PUBLISH_ARCHIVE</c> when a build step already made it.
/// </summary>
internal static class PublishedArchive
{
    private static readonly Lazy<Task<Built>> Archive = new(BuildAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The archive; <paramref name="PublishTime"/> is null for one given by <c>KZ_PUBLISH_ARCHIVE</c>, which is kept.</summary>
    public sealed record Built(string Path, long Bytes, TimeSpan? PublishTime)
    {
        /// <summary>Deletes the folder of an archive this run made (64 MiB each).</summary>
        public void DeleteIfMade()
        {
            if (PublishTime is not null)
            {
                Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
            }
        }
    }

    public static Task<Built> GetAsync() => Archive.Value;

    public static string RepositoryRoot => System.IO.Path.GetFullPath(System.IO.Path.Combine(Artifacts.Root, "..", ".."));

    private static async Task<Built> BuildAsync()
    {
        if (Environment.GetEnvironmentVariable("KZ_PUBLISH_ARCHIVE") is { Length: > 0 } given && File.Exists(given))
        {
            return new Built(given, new FileInfo(given).Length, null);
        }
        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kz-publish-" + Guid.NewGuid().ToString("N")[..8]);
        var sources = System.IO.Path.Combine(output, "src");
        CopySources(RepositoryRoot, sources);
        var info = new ProcessStartInfo("bash", [System.IO.Path.Combine(sources, "deploy", "publish.sh"), "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = sources,
        };
        // The test host's MSBuild variables would point the nested build at this run's SDK internals.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        await process.WaitForExitAsync(limit.Token);
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || lines.Length == 0 || !File.Exists(lines[^1].Trim()))
        {
            throw new InvalidOperationException($"deploy/publish.sh failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
        var archive = lines[^1].Trim();
        Directory.Delete(sources, recursive: true);
        return new Built(archive, new FileInfo(archive).Length, clock.Elapsed);
    }

    /// <summary>What the host's build reads: everything but build output, tests, benchmarks and local data.</summary>
    private static void CopySources(string from, string to)
    {
        string[] skipped = ["bin", "obj", "artifacts", ".git", ".data", "tests", "bench", "TestResults"];
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }
        foreach (var directory in Directory.EnumerateDirectories(from).Where(d => !skipped.Contains(System.IO.Path.GetFileName(d))))
        {
            CopySources(directory, System.IO.Path.Combine(to, System.IO.Path.GetFileName(directory)));
        }
    }
}
