using System.Diagnostics;

namespace Kompetenzzentrum.Bench.Booking;

/// <summary>Throughput and latency percentiles of one measured run.</summary>
internal sealed record Figures(string Name, int Bookings, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double PerSecond => Bookings / Elapsed.TotalSeconds;

    /// <summary>The run with the median throughput.</summary>
    public static Figures Median(IReadOnlyList<Figures> runs) => runs.OrderBy(f => f.PerSecond).ElementAt(runs.Count / 2);

    /// <summary>Runs <paramref name="total"/> bookings over <paramref name="clients"/> concurrent workers.</summary>
    public static async Task<Figures> MeasureAsync(string name, int clients, int total, Func<int, Task> book)
    {
        var latencies = new double[total];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < total; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                await book(i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        clock.Stop();
        // Wall-clock bounds, to line the run up with a profile or CPU samples of the host and the database.
        var (end, start) = (DateTimeOffset.UtcNow, DateTimeOffset.UtcNow - clock.Elapsed);
        Console.WriteLine($"{name}: {start:HH:mm:ss.fff} .. {end:HH:mm:ss.fff} UTC ({start.ToUnixTimeSeconds()} .. {end.ToUnixTimeSeconds()})");
        Array.Sort(latencies);
        return new(name, total, clock.Elapsed, latencies[(int)(total * 0.50)], latencies[Math.Min(total - 1, (int)(total * 0.99))]);
    }
}
