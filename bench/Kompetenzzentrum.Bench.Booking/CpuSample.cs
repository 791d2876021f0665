using System.Diagnostics;
using System.Globalization;

namespace Kompetenzzentrum.Bench.Booking;

/// <summary>
/// CPU time spent by this benchmark (the clients), the host, the PostgreSQL server and the whole machine, read from
/// Linux's /proc. PostgreSQL counts only when it runs on this machine; otherwise its figure stays zero. On a
/// machine with few cores the sum per booking bounds the throughput: both sides share the same cores.
/// </summary>
internal sealed record CpuSample(double ClientMs, double HostMs, double PostgresMs, double MachineMs)
{
    private static readonly double TickMs = 1000.0 / 100; // USER_HZ is 100 on Linux.

    public static CpuSample Take(HostProcess? host) =>
        new(Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds, host?.CpuTime.TotalMilliseconds ?? 0, PostgresTotalMs(),
            MachineBusyMs());

    /// <summary>Per booking between <paramref name="before"/> and now.</summary>
    public CpuSample PerBooking(CpuSample before, int bookings) => new((ClientMs - before.ClientMs) / bookings, (HostMs - before.HostMs) / bookings,
        (PostgresMs - before.PostgresMs) / bookings, (MachineMs - before.MachineMs) / bookings);

    /// <summary>Each figure's median over <paramref name="samples"/>.</summary>
    public static CpuSample Median(IReadOnlyList<CpuSample> samples)
    {
        double Of(Func<CpuSample, double> figure) => samples.Select(figure).Order().ElementAt(samples.Count / 2);
        return new(Of(s => s.ClientMs), Of(s => s.HostMs), Of(s => s.PostgresMs), Of(s => s.MachineMs));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"clients {ClientMs:0.00}, host {HostMs:0.00}, PostgreSQL {PostgresMs:0.00}, whole machine {MachineMs:0.00}");

    /// <summary>
    /// User and system time of every <c>postgres</c> process, with the time of backends that have ended (which
    /// the postmaster collects as its children's time).
    /// </summary>
    private static double PostgresTotalMs()
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }
        long ticks = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!char.IsAsciiDigit(Path.GetFileName(folder)[0]))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var close = stat.LastIndexOf(')');
                if (!stat.AsSpan(stat.IndexOf('(') + 1, close - stat.IndexOf('(') - 1).StartsWith("postgres", StringComparison.Ordinal))
                {
                    continue;
                }
                // After "pid (comm) ": state is field 3; utime, stime, cutime and cstime are fields 14 to 17.
                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return ticks * TickMs;
    }

    /// <summary>All cores' busy time: user, nice, system, irq and softirq from the first line of /proc/stat.</summary>
    private static double MachineBusyMs()
    {
        if (!File.Exists("/proc/stat"))
        {
            return 0;
        }
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int i) => long.Parse(cpu[i], CultureInfo.InvariantCulture);
        return (Field(1) + Field(2) + Field(3) + Field(6) + Field(7)) * TickMs;
    }
}
