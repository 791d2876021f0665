using System.Globalization;
using Kompetenzzentrum.Bench;

// The one benchmark command: runs every benchmark of the project (or those named as arguments: startup,
// booking, contended, matching, odata, import), prints their figures and writes one Markdown table to bench/results.md.
var connection = BenchDatabase.AdminConnectionString();
var all = StartupBenchmark.Names.Concat(Suite.Programs.Select(p => p.Name)).ToList();
var selected = args.Length == 0 ? all : args.ToList();
var rowsFile = Path.Combine(Path.GetTempPath(), $"kz-bench-rows-{Environment.ProcessId}.tsv");
File.WriteAllText(rowsFile, "");
Environment.SetEnvironmentVariable("KZ_BENCH_ROWS", rowsFile);
var failed = new List<string>();

if (selected.Contains("startup"))
{
    foreach (var row in await StartupBenchmark.RunAsync(connection))
    {
        BenchReport.Row(row.Benchmark, row.Figure, row.Value);
    }
}
foreach (var (name, program, arguments) in Suite.Programs.Where(p => selected.Contains(p.Name)))
{
    if (!await Suite.RunAsync(name, program, arguments, rowsFile, connection))
    {
        failed.Add(name);
    }
}

var lines = new List<string>
{
    $"Benchmarks of {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, " +
    $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
    "",
    "| benchmark | figure | value |",
    "|---|---|---|",
};
lines.AddRange(File.ReadAllLines(rowsFile).Where(l => l.Length > 0).Select(l => "| " + string.Join(" | ", l.Split('\t')) + " |"));
if (failed.Count > 0)
{
    lines.Add("");
    lines.Add("Failed: " + string.Join(", ", failed));
}
var results = Path.Combine(Suite.Repository, "bench", "results.md");
File.WriteAllLines(results, lines);
File.Delete(rowsFile);
Console.WriteLine();
lines.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine($"written to {results}");
return failed.Count == 0 ? 0 : 1;
