using System.Diagnostics;
using Kompetenzzentrum.Bench;
using Kompetenzzentrum.Bench.Matching;
using Kompetenzzentrum.Modules.Networking.Matching;

// 5,000 SMEs x 2,000 startups = 10 million pairs, generated from a fixed seed so runs are comparable.
const int Smes = 5_000;
const int Startups = 2_000;
const int Top = 10;
const int Runs = 7;

var generator = new ProfileGenerator(seed: 20261126);
var smeDetails = Enumerable.Range(0, Smes).Select(_ => generator.Sme()).ToList();
var startupDetails = Enumerable.Range(0, Startups).Select(_ => generator.Startup()).ToList();

var prepare = Stopwatch.StartNew();
var smes = smeDetails.Select(MatchSme.Of).ToArray();
var pool = new StartupPool([.. startupDetails.Select(MatchStartup.Of)]);
prepare.Stop();

Console.WriteLine(
    $"Matching benchmark: {Smes:N0} SMEs x {Startups:N0} startups = {(long)Smes * Startups:N0} pairs, top {Top}, " +
    $"{Environment.ProcessorCount} cores");
Console.WriteLine($"  compacting profiles into bitmasks and columns: {prepare.Elapsed.TotalMilliseconds:F1} ms");

foreach (var (label, parallelism) in new[] { ("parallel over SMEs", -1), ("single thread     ", 1) })
{
    Matchmaker.TopStartupsForAll(smes, pool, Top, parallelism); // warm-up: JIT and tiering
    var times = new List<double>();
    var bytes = new List<long>();
    ScoredMatch[][] result = [];
    for (var run = 0; run < Runs; run++)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        result = Matchmaker.TopStartupsForAll(smes, pool, Top, parallelism);
        watch.Stop();
        bytes.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    var median = times[times.Count / 2];
    Console.WriteLine(
        $"  {label}: median {median:F1} ms (min {times[0]:F1}, max {times[^1]:F1}) over {Runs} runs, " +
        $"{(long)Smes * Startups / (median / 1000) / 1e6:F0} M pairs/s, " +
        $"allocated {bytes.Order().ElementAt(bytes.Count / 2) / 1024.0 / 1024.0:F2} MiB per run");
    Console.WriteLine(
        $"    proposals per SME: {result.Average(r => r.Length):F2}, " +
        $"mean best score {result.Where(r => r.Length > 0).Average(r => r[0].Score):F1}, " +
        $"mean 10th score {result.Where(r => r.Length == Top).Average(r => r[^1].Score):F1}");
    BenchReport.Row($"matching {Smes:N0} SMEs x {Startups:N0} startups", $"top {Top} for every SME, {label.Trim()}", $"{median:F0} ms");
}

var explain = Stopwatch.StartNew();
var reasons = 0;
foreach (var (sme, matches) in smes.Zip(Matchmaker.TopStartupsForAll(smes, pool, Top)))
{
    foreach (var match in matches)
    {
        reasons += MatchExplanation.Reasons(sme, pool.Startups[match.Index], Reader.Sme).Count;
    }
}
explain.Stop();
Console.WriteLine($"  explaining all {Smes * Top:N0} proposals in German: {explain.Elapsed.TotalMilliseconds:F1} ms ({reasons:N0} reasons)");
BenchReport.Row(
    $"matching {Smes:N0} SMEs x {Startups:N0} startups", $"explaining all {Smes * Top:N0} proposals", $"{explain.Elapsed.TotalMilliseconds:F0} ms");
