using Kompetenzzentrum.Bench;

// One command runs every benchmark and prints a Markdown table; pass names to run only some.
var connection = BenchDatabase.AdminConnectionString();
var selected = args.Length == 0 ? StartupBenchmark.Names : args;
var rows = new List<BenchRow>();
if (selected.Contains("startup"))
{
    rows.AddRange(await StartupBenchmark.RunAsync(connection));
}
Console.WriteLine();
Console.WriteLine("| benchmark | figure | value |");
Console.WriteLine("|---|---|---|");
foreach (var row in rows)
{
    Console.WriteLine($"| {row.Benchmark} | {row.Figure} | {row.Value} |");
}
