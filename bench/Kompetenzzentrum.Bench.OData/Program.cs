using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kompetenzzentrum.Bench;
using Kompetenzzentrum.Bench.OData;
using Npgsql;

// Usage: [rows (default 1,000,000)] [events to rebuild from (default 20,000)].
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
var database = await BenchDatabase.CreateAsync(BenchDatabase.AdminConnectionString(), "kz_bench_odata");

await using var host = await HostProcess.StartAsync(database);
using var http = await host.AdminClientAsync();
await using var data = NpgsqlDataSource.Create(database);

const string Filter = "OccurredAt ge 2025-01-01T00:00:00Z and Kind eq 'booked'";
const string ODataUrl = "/odata/Interactions?$apply=filter(" + Filter + ")/groupby((Topic,Month),aggregate($count as N))";
const string Sql = "select topic, month, count(*) from kz.research_interactions "
    + "where occurred_at >= '2025-01-01T00:00:00Z' and kind = 'booked' group by topic, month";

var small = Math.Min(100_000, rows);
await FactGenerator.CopyAsync(data, small, 0);
var atSmall = await Measure.BothAsync(http, data, ODataUrl, Sql);
var memorySmall = host.WorkingSetMiB;
await FactGenerator.CopyAsync(data, rows - small, small);
var atFull = await Measure.BothAsync(http, data, ODataUrl, Sql);
var memoryFull = host.WorkingSetMiB;

Console.WriteLine();
Console.WriteLine(
    $"OData $apply=filter({Filter})/groupby((Topic,Month),aggregate($count as N)) against the same SQL, {Environment.ProcessorCount} cores, " +
    "median of 10 after 3 warm-ups");
Console.WriteLine();
Console.WriteLine("| fact rows | groups | OData over HTTP | SQL (Npgsql) | ratio | host working set |");
Console.WriteLine("|---|---|---|---|---|---|");
Console.WriteLine(
    $"| {small:N0} | {atSmall.Groups} | {atSmall.ODataMs:0} ms | {atSmall.SqlMs:0} ms | {atSmall.ODataMs / atSmall.SqlMs:0.00} " +
    $"| {memorySmall:0} MiB |");
Console.WriteLine(
    $"| {rows:N0} | {atFull.Groups} | {atFull.ODataMs:0} ms | {atFull.SqlMs:0} ms | {atFull.ODataMs / atFull.SqlMs:0.00} | {memoryFull:0} MiB |");
Console.WriteLine();
BenchReport.Row("OData $apply groupby topic+month", $"{rows:N0} facts: OData / SQL",
    $"{atFull.ODataMs:0} ms / {atFull.SqlMs:0} ms = {atFull.ODataMs / atFull.SqlMs:0.00}x (target < 1 s, <= 2x)");
BenchReport.Row("OData $apply groupby topic+month", $"{small:N0} facts: OData / SQL",
    $"{atSmall.ODataMs:0} ms / {atSmall.SqlMs:0} ms = {atSmall.ODataMs / atSmall.SqlMs:0.00}x");
BenchReport.Row("OData host memory", $"working set at {small:N0} / {rows:N0} facts", $"{memorySmall:0} MiB / {memoryFull:0} MiB");

var ingest = Stopwatch.StartNew();
await EventGenerator.AppendAsync(database, events);
ingest.Stop();
BenchReport.Row("interaction ingest", $"{events:N0} events appended with the inline research projection",
    $"{events / ingest.Elapsed.TotalSeconds:N0} events/s");
// A rebuild takes longer than a query: its own client without the 60 s timeout.
using var slow = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(30) };
slow.DefaultRequestHeaders.Authorization = http.DefaultRequestHeaders.Authorization;
var rebuild = await slow.PostAsync("/api/research/rebuild", null);
var answer = await rebuild.Content.ReadAsStringAsync();
if (rebuild.IsSuccessStatusCode)
{
    var rebuilt = JsonDocument.Parse(answer).RootElement;
    Console.WriteLine(
        $"rebuild: {rebuilt.GetProperty("events").GetInt64():N0} events in {rebuilt.GetProperty("seconds").GetDouble():0.0} s = " +
        $"{rebuilt.GetProperty("eventsPerSecond").GetDouble():N0} events/s");
    BenchReport.Row("research projection rebuild", $"{rebuilt.GetProperty("events").GetInt64():N0} events",
        $"{rebuilt.GetProperty("eventsPerSecond").GetDouble():N0} events/s");
}
else
{
    Console.WriteLine($"rebuild failed: {(int)rebuild.StatusCode} {answer}");
}

/// <summary>Times the OData request and the SQL on the same data: 3 warm-ups, then the median of 10.</summary>
internal static class Measure
{
    public static async Task<(double ODataMs, double SqlMs, int Groups)> BothAsync(HttpClient http, NpgsqlDataSource data, string url, string sql)
    {
        var groups = 0;
        var odata = await MedianAsync(async () =>
        {
            using var response = await http.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
            }
            groups = JsonDocument.Parse(body).RootElement.GetProperty("value").GetArrayLength();
        });
        var raw = await MedianAsync(async () =>
        {
            await using var command = data.CreateCommand(sql);
            await using var reader = await command.ExecuteReaderAsync();
            var list = new List<(string, string, long)>();
            while (await reader.ReadAsync())
            {
                list.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            }
        });
        return (odata, raw, groups);
    }

    private static async Task<double> MedianAsync(Func<Task> run)
    {
        for (var i = 0; i < 3; i++)
        {
            await run();
        }
        var times = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[4] + times[5]) / 2;
    }
}
