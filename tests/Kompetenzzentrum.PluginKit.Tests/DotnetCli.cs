using System.Diagnostics;

namespace Kompetenzzentrum.PluginKit.Tests;

/// <summary>
/// Runs the dotnet CLI as a partner would, outside this repository's build: without the MSBuild variables of the outer test run
/// (they would point the nested build at this run's SDK internals), with the environment variables given.
/// </summary>
public static class DotnetCli
{
    public sealed record Run(int ExitCode, string Output, TimeSpan Took);

    public static async Task<Run> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan limit,
        params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var clock = Stopwatch.StartNew();
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
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} still ran after {limit}:\n{await output}{await errors}");
        }
        return new Run(process.ExitCode, await output + await errors, clock.Elapsed);
    }

    /// <summary>Runs and fails with the command's output unless it exits with 0.</summary>
    public static async Task<Run> SucceedAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan limit,
        params string[] arguments)
    {
        var run = await RunAsync(workingDirectory, environment, limit, arguments);
        return run.ExitCode == 0
            ? run
            : throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({run.ExitCode}):\n{run.Output}");
    }
}
