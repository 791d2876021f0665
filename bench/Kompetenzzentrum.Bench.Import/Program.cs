using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kompetenzzentrum.Bench;
using Kompetenzzentrum.Bench.Booking;

// Usage: [rows (default 10000)]. Uploads generated CSV files to the real host: organisations as a dry run, then
// imported, then imported again (every row unchanged); then as many past participations of those organisations.
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var database = await BenchDatabase.CreateAsync(BenchDatabase.AdminConnectionString(), "kz_bench_import");
await using var host = await HostProcess.StartAsync(database);
// The admin client waits 60 s per request, twice the time 10,000 rows may take.
using var http = await host.AdminClientAsync();
var name = Environment.GetEnvironmentVariable("KZ_BENCH_NAME") ?? "import";

// A short warm-up on other external ids: the JIT and the connection pool, not the measured rows.
await ImportAsync("/api/imports/organisations", Organisations("warm", 500), expectCreated: 500);

var organisations = Organisations("org", rows);
Report("organisations dry run", await ImportAsync("/api/imports/organisations?dryRun=true", organisations, expectCreated: rows));
Report("organisations import", await ImportAsync("/api/imports/organisations", organisations, expectCreated: rows));
Report("organisations re-import (unchanged)", await ImportAsync("/api/imports/organisations", organisations, expectCreated: 0));
var offering = await PublishedOfferingAsync(http);
Report("participations import", await ImportAsync("/api/imports/participations", Participations(offering, rows), expectCreated: rows));
return 0;

void Report(string figure, TimeSpan took)
{
    BenchReport.Row(name, $"{figure}, {rows:N0} rows CSV, seconds", took.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
    BenchReport.Row(name, $"{figure}, rows/s", (rows / took.TotalSeconds).ToString("0", CultureInfo.InvariantCulture));
}

async Task<TimeSpan> ImportAsync(string url, string csv, int expectCreated)
{
    using var content = new MultipartFormDataContent();
    var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
    file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
    content.Add(file, "file", "import.csv");
    var clock = Stopwatch.StartNew();
    var response = await http.PostAsync(url, content);
    var body = await response.Content.ReadAsStringAsync();
    clock.Stop();
    response.EnsureSuccessStatusCode();
    var created = JsonDocument.Parse(body).RootElement.GetProperty("created").GetInt32();
    if (created != expectCreated)
    {
        throw new InvalidOperationException($"{url}: {created} created, {expectCreated} expected");
    }
    return clock.Elapsed;
}

static string Organisations(string prefix, int count)
{
    string[] states = ["BB", "BE", "SN", "BY", "NW"];
    string[] sizes = ["Kleinst", "klein", "mittel"];
    var csv = new StringBuilder("Externe ID;Name/Firmenname;Branche;Größe;Bundesland;PLZ;Ansprechpartner;E-Mail\n");
    for (var i = 0; i < count; i++)
    {
        csv.Append(CultureInfo.InvariantCulture, $"{prefix}-{i};Unternehmen {prefix} {i} GmbH;{(char)('A' + (i % 19))};{sizes[i % 3]};")
            .Append(CultureInfo.InvariantCulture, $"{states[i % 5]};{10000 + (i % 89999):00000};Person {i};person{i}@{prefix}{i}.example\n");
    }
    return csv.ToString();
}

static string Participations(Guid offering, int count)
{
    var csv = new StringBuilder("Externe ID;Unternehmen;Angebot;Datum\n");
    for (var i = 0; i < count; i++)
    {
        csv.Append(CultureInfo.InvariantCulture, $"p-{i};org-{i};{offering};{new DateOnly(2024, 1, 1).AddDays(i % 600):yyyy-MM-dd}\n");
    }
    return csv.ToString();
}

static async Task<Guid> PublishedOfferingAsync(HttpClient http)
{
    var program = await CreatedAsync(await http.PostAsJsonAsync("/api/catalog/programs", new
    {
        name = "Importprogramm",
        starts = "2024-01-01",
        ends = "2028-12-31",
        responsibleStaff = "Bench",
        targets = new { organisationsReached = 100, participations = 300, satisfaction = 80 },
    }));
    var offering = await CreatedAsync(await http.PostAsJsonAsync("/api/catalog/offerings", new
    {
        programId = program,
        offeringType = "consultation",
        title = new { de = "KI-Sprechstunde", en = "AI consultation" },
        description = new { de = "Eine Stunde.", en = "One hour." },
        topics = new[] { "ki" },
        suitableFrom = "Einsteiger",
        suitableTo = "Vorreiter",
        format = "online",
        link = "https://meet.example.org/raum",
        language = "de",
        cancellationDeadlineHours = 24,
    }));
    (await http.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).EnsureSuccessStatusCode();
    return offering;
}

static async Task<Guid> CreatedAsync(HttpResponseMessage response)
{
    var body = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
    }
    return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
}
