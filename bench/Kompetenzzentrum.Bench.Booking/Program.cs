using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Bench;
using Kompetenzzentrum.Bench.Booking;
using Npgsql;

// Usage: [clients (default 32)] [bookings per run (default 2000)]. Sessions of 50 seats, so runs both
// confirm and waitlist; each booking is a new organisation (one booking per organisation and session).
var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 32;
var total = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
// Third argument: sessions (default 20 of 50 seats); 1 gives the contended run, everybody on one session.
var sessionCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var seats = sessionCount == 1 ? 20 : 50;
// KZ_BENCH_CONNECTION_OPTIONS (e.g. ";No Reset On Close=true") tries connection settings on both sides alike.
var database = await BenchDatabase.CreateAsync(BenchDatabase.AdminConnectionString(), "kz_bench_booking")
    + Environment.GetEnvironmentVariable("KZ_BENCH_CONNECTION_OPTIONS");

await using var host = await HostProcess.StartAsync(database);
using var http = await host.AdminClientAsync();
// The baseline prepares its statements the way the host's store does (DatabaseSettings.StoreConnectionString),
// so the ratio compares the booking paths, not one side's connection settings. Its few statements need only a
// short warm-up, and it goes first so that the host's warm-up runs right before the measured rounds.
var baselineConnection = new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 100, MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 };
await using var data = NpgsqlDataSource.Create(baselineConnection.ConnectionString);
var baseline = new SqlBaseline(data);
await baseline.PrepareAsync(sessionCount, seats);
await Figures.MeasureAsync("warm-up", clients, total, i => baseline.BookAsync(i % sessionCount));

// Warm-up of the host: connection pools, plans and the tiered JIT. The JIT keeps compiling for a long time: host
// CPU per booking fell from about 4.5 ms in the first 2,000 bookings to about 1.3 ms after some 16,000, and only
// then stopped falling (each chunk prints its figures). So the warm-up is eight times the measured count
// (KZ_BENCH_WARMUP sets it), in chunks that each book fresh sessions as every measured round does, so that a
// long warm-up does not book ever longer waitlists.
var warmups = int.TryParse(Environment.GetEnvironmentVariable("KZ_BENCH_WARMUP"), CultureInfo.InvariantCulture, out var w) ? w : 8 * total;
for (var done = 0; done < warmups; done += total)
{
    var warm = await BookingApi.ScheduleAsync(http, sessionCount, seats);
    var (count, before) = (Math.Min(total, warmups - done), host.CpuTime);
    var figures = await Figures.MeasureAsync("warm-up", clients, count, i => BookingApi.BookAsync(http, warm[i % sessionCount]));
    var warmCpu = (host.CpuTime - before).TotalMilliseconds / count;
    Console.WriteLine($"warm-up chunk: {figures.PerSecond:0} bookings/s, host CPU {warmCpu:0.00} ms per booking");
}

// Runs on this machine vary by a fifth from one to the next, so both sides run in turns (KZ_BENCH_ROUNDS, default
// 3), each round on fresh sessions and fresh baseline tables, and the table shows each side's median round.
var rounds = int.TryParse(Environment.GetEnvironmentVariable("KZ_BENCH_ROUNDS"), CultureInfo.InvariantCulture, out var r) ? Math.Max(1, r) : 3;
var sqlRuns = new List<Figures>();
var apiRuns = new List<Figures>();
// The host's CPU time per booking varies less from round to round than throughput does.
var hostCpu = new List<double>();
// How many bookings a shared transaction carried (BookingBatches): events of one transaction share its xmin.
var perTransaction = new List<double>();
// And where all the CPU goes: on two cores both sides share, CPU time per booking bounds the throughput.
(IReadOnlyList<CpuSample> sqlCpu, IReadOnlyList<CpuSample> apiCpu) = ([], []);
for (var round = 0; round < rounds; round++)
{
    await baseline.PrepareAsync(sessionCount, seats);
    var sessions = await BookingApi.ScheduleAsync(http, sessionCount, seats);
    var start = CpuSample.Take(host);
    sqlRuns.Add(await Figures.MeasureAsync("baseline: Npgsql, SELECT ... FOR UPDATE", clients, total, i => baseline.BookAsync(i % sessionCount)));
    var middle = CpuSample.Take(host);
    apiRuns.Add(await Figures.MeasureAsync("catalog: HTTP POST /sessions/{id}/bookings", clients, total, i => BookingApi.BookAsync(http,
        sessions[i % sessionCount])));
    var end = CpuSample.Take(host);
    (sqlCpu, apiCpu) = ([.. sqlCpu, middle.PerBooking(start, total)], [.. apiCpu, end.PerBooking(middle, total)]);
    hostCpu.Add(apiCpu[^1].HostMs);
    perTransaction.Add(await BookingApi.BookingsPerTransactionAsync(data, sessions));
}
// For scale: the same host answering reads of a booked session, through the same middleware, one document load and
// JSON, but no lock, no events and no transaction.
var booked = await BookingApi.ScheduleAsync(http, sessionCount, seats);
await Figures.MeasureAsync("booking for reads", clients, total, i => BookingApi.BookAsync(http, booked[i % sessionCount]));
Console.WriteLine($"reads: {DateTimeOffset.UtcNow:HH:mm:ss.fff} UTC");
var readStart = CpuSample.Take(host);
var reads = await Figures.MeasureAsync("read", clients, total, i => BookingApi.ReadAsync(http, booked[i % sessionCount]));
var readCpu = CpuSample.Take(host).PerBooking(readStart, total);

var sql = Figures.Median(sqlRuns);
var api = Figures.Median(apiRuns);
Console.WriteLine();
var pairs = sqlRuns.Zip(apiRuns, (b, c) => $"{b.PerSecond:0} / {c.PerSecond:0}");
Console.WriteLine($"rounds (bookings/s, baseline / catalog): {string.Join("; ", pairs)}");
Console.WriteLine($"host CPU per booking (ms, each round): {Each(hostCpu, "0.00")}");
Console.WriteLine($"bookings per shared transaction (each round): {Each(perTransaction, "0.0")}");
Console.WriteLine($"CPU per booking, baseline (ms, median of rounds): {CpuSample.Median(sqlCpu)}");
Console.WriteLine($"CPU per booking, catalog (ms, median of rounds): {CpuSample.Median(apiCpu)}");
Console.WriteLine(
    $"for scale, GET /sessions/{{id}} of a booked session: {reads.PerSecond:0}/s, p99 {reads.P99Ms:0} ms, CPU per read (ms): {readCpu}");

Console.WriteLine();
Console.WriteLine($"{clients} concurrent clients, {total} bookings over {sessionCount} sessions of {seats} seats, "
    + $"{Environment.ProcessorCount} cores, median of {rounds} rounds");
Console.WriteLine();
Console.WriteLine("| run | bookings/s | p50 | p99 |");
Console.WriteLine("|---|---|---|---|");
foreach (var run in new[] { sql, api })
{
    Console.WriteLine($"| {run.Name} | {run.PerSecond:0} | {run.P50Ms:0.0} ms | {run.P99Ms:0.0} ms |");
}
Console.WriteLine();
Console.WriteLine($"throughput ratio catalog/baseline: {api.PerSecond / sql.PerSecond:0.00}");
var label = sessionCount == 1 ? $"contended booking ({clients} clients, one {seats}-seat session)"
    : $"booking ({clients} clients, {sessionCount} sessions)";
BenchReport.Row(label, "catalog over HTTP: bookings/s, p50, p99", $"{api.PerSecond:0}/s, {api.P50Ms:0} ms, {api.P99Ms:0} ms");
BenchReport.Row(label, "baseline Npgsql FOR UPDATE: bookings/s, p50, p99", $"{sql.PerSecond:0}/s, {sql.P50Ms:0} ms, {sql.P99Ms:0} ms");
BenchReport.Row(label, "ratio catalog/baseline (target >= 0.5, p99 < 100 ms)", $"{api.PerSecond / sql.PerSecond:0.00}");
BenchReport.Row(label, "host CPU per booking (median round)", $"{hostCpu.Order().ElementAt(hostCpu.Count / 2):0.00} ms");
BenchReport.Row(label, "bookings per shared transaction (median round)", $"{perTransaction.Order().ElementAt(perTransaction.Count / 2):0.0}");
BenchReport.Row(label, "CPU per booking, baseline (ms)", CpuSample.Median(sqlCpu).ToString());
BenchReport.Row(label, "CPU per booking, catalog (ms)", CpuSample.Median(apiCpu).ToString());

static string Each(IEnumerable<double> figures, string format) =>
    string.Join("; ", figures.Select(c => c.ToString(format, CultureInfo.InvariantCulture)));

/// <summary>Schedules sessions and books them over the catalog API.</summary>
internal static class BookingApi
{
    public static async Task<IReadOnlyList<Guid>> ScheduleAsync(HttpClient http, int count, int capacity)
    {
        var program = await CreatedIdAsync(await http.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Bench " + Guid.NewGuid().ToString("N")[..6],
            starts = "2026-01-01",
            ends = "2030-12-31",
            responsibleStaff = "Bench",
            targets = new { organisationsReached = 1, participations = 1, satisfaction = 1 },
        }));
        var offering = await CreatedIdAsync(await http.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId = program,
            offeringType = "experience-tour",
            title = new { de = "Bench", en = "Bench" },
            description = new { de = "Bench", en = "Bench" },
            topics = new[] { "automatisierung" },
            suitableFrom = "Einsteiger",
            suitableTo = "Gestalter",
            format = "on-site",
            place = "Cottbus",
            language = "de",
            cancellationDeadlineHours = 24,
        }));
        (await http.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).EnsureSuccessStatusCode();
        var sessions = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var starts = DateTimeOffset.UtcNow.AddDays(30 + i);
            sessions.Add(await CreatedIdAsync(await http.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
                new { startsAt = starts, endsAt = starts.AddHours(3), capacity })));
        }
        return sessions;
    }

    /// <summary>Booking events of the sessions per transaction that appended them (rows of one transaction share its xmin).</summary>
    public static async Task<double> BookingsPerTransactionAsync(NpgsqlDataSource data, IReadOnlyList<Guid> sessions)
    {
        await using var command = data.CreateCommand("""
            select count(*)::float8 / greatest(count(distinct xmin::text), 1) from kz.mt_events
            where stream_id = any($1) and type in ('booking_confirmed', 'booking_waitlisted')
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = sessions.ToArray() });
        return (double)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ReadAsync(HttpClient http, Guid session)
    {
        using var response = await http.GetAsync($"/api/catalog/sessions/{session}");
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task BookAsync(HttpClient http, Guid session)
    {
        using var response = await http.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
            new { organisationId = Guid.NewGuid(), attendees = new[] { new { name = "Bench Teilnehmerin" } } });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"booking answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        }
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
