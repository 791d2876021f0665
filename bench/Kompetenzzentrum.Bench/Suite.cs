using System.Diagnostics;

namespace Kompetenzzentrum.Bench;

/// <summary>
/// Runs the other benchmark programs as processes (each measures in a fresh process of its own), collects
/// their figures and writes one Markdown table to bench/results.md.
/// </summary>
internal static class Suite
{
    /// <summary>Name, program, arguments. Run all, or name some: startup booking contended matching odata import.</summary>
    public static readonly (string Name, string Program, string[] Arguments)[] Programs =
    [
        ("booking", "Kompetenzzentrum.Bench.Booking", ["32", "2000"]),
        ("contended", "Kompetenzzentrum.Bench.Booking", ["64", "1000", "1"]),
        ("matching", "Kompetenzzentrum.Bench.Matching", []),
        ("odata", "Kompetenzzentrum.Bench.OData", []),
        ("import", "Kompetenzzentrum.Bench.Import", ["10000"]),
    ];

    public static string Repository { get; } = FindRepository();

    public static async Task<bool> RunAsync(string name, string program, string[] arguments, string rowsFile, string? connection)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/', '\\'))!);
        var dll = Path.Combine(Repository, "bench", program, "bin", configuration, "net10.0", program + ".dll");
        if (!File.Exists(dll))
        {
            Console.WriteLine($"[{name}] skipped: {dll} is not built");
            return false;
        }
        Console.WriteLine($"[{name}] dotnet {program}.dll {string.Join(' ', arguments)}");
        var info = new ProcessStartInfo("dotnet", [dll, .. arguments]) { UseShellExecute = false, WorkingDirectory = Repository };
        info.Environment["KZ_BENCH_ROWS"] = rowsFile;
        info.Environment["KZ_BENCH_NAME"] = name;
        if (connection is not null)
        {
            info.Environment["KZ_BENCH_CONNECTION"] = connection;
        }
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Console.WriteLine($"[{name}] failed with exit code {process.ExitCode}");
        }
        return process.ExitCode == 0;
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kompetenzzentrum.sln")))
            {
                return folder.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
