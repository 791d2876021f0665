using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Reliability.Tests;

/// <summary>
/// Issue 31, bad configuration: where the host cannot run it exits with code 2 and one sentence naming the setting
/// (no stack trace); where it can, it runs and warns in one sentence.
/// </summary>
public sealed class BadConfigurationTests
{
    [Theory]
    [InlineData("Username=postgres;Database=kz", "ConnectionStrings:Kompetenzzentrum names no Host;")]
    [InlineData("Host=127.0.0.1;Username=postgres", "ConnectionStrings:Kompetenzzentrum names no Database;")]
    [InlineData("Hots=db;Database=kz", "ConnectionStrings:Kompetenzzentrum is not a PostgreSQL connection string (Couldn't set hots")]
    public async Task Given_a_connection_string_missing_a_part_Then_the_host_exits_2_with_one_sentence(string connectionString, string sentence)
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(connectionString);

        AssertRefused(exitCode, output, sentence);
    }

    [Fact]
    public async Task Given_a_database_server_that_does_not_answer_Then_the_host_waits_as_configured_and_exits_2_with_one_sentence()
    {
        var closed = HostProcess.FreePort();
        var (exitCode, output) = await HostProcess.RunUntilExitAsync($"Host=127.0.0.1;Port={closed};Username=kz;Database=kz",
            new Dictionary<string, string> { ["Database:StartupWaitSeconds"] = "2" });

        AssertRefused(exitCode, output,
            $"PostgreSQL at 127.0.0.1:{closed} (database 'kz', user 'kz', from ConnectionStrings:Kompetenzzentrum) "
            + "cannot be used: Connection refused.");
    }

    [Fact]
    public async Task Given_a_database_that_does_not_exist_Then_the_host_exits_2_at_once_naming_it()
    {
        var missing = new Npgsql.NpgsqlConnectionStringBuilder(TestServer.AdminConnectionString) { Database = "kz_missing_database" };

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(missing.ConnectionString);

        AssertRefused(exitCode, output, "cannot be used: database \"kz_missing_database\" does not exist.");
    }

    [Theory]
    [InlineData("Kompetenzzentrum:Telemetry:OtlpEndpoint", "collector:4317",
        "Kompetenzzentrum:Telemetry:OtlpEndpoint 'collector:4317' is not an absolute http(s) address")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "keine Adresse", "OTEL_EXPORTER_OTLP_ENDPOINT 'keine Adresse' is not an absolute http(s) address")]
    [InlineData("Mail:Smtp:Port", "fünfhundert", "Mail:Smtp:Port 'fünfhundert' is not a TCP port (1 to 65535).")]
    [InlineData("Mail:Smtp:Security", "ssl", "Mail:Smtp:Security 'ssl' is none of auto, none, starttls, tls.")]
    [InlineData("Mail:Smtp:Host", "smtp://mail:25", "Mail:Smtp:Host 'smtp://mail:25' must be a host name or address;")]
    [InlineData("Kompetenzzentrum:ModulesPath", "/kz/no/such/modules",
        "Kompetenzzentrum:ModulesPath '/kz/no/such/modules' does not exist, and the host cannot run without its modules.")]
    public async Task Given_a_setting_the_host_cannot_run_with_Then_it_exits_2_with_one_sentence_naming_it(string key, string value, string sentence)
    {
        var settings = new Dictionary<string, string> { [key] = value };
        if (key.StartsWith("Mail:Smtp:", StringComparison.Ordinal) && key != "Mail:Smtp:Host")
        {
            settings["Mail:Smtp:Host"] = "127.0.0.1";
        }

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(TestServer.AdminConnectionString, settings);

        AssertRefused(exitCode, output, sentence);
    }

    [Fact]
    public async Task Given_an_unreachable_smtp_relay_and_collector_and_no_plugin_folder_Then_the_host_runs_warns_once_each_and_keeps_mails()
    {
        var relay = HostProcess.FreePort();
        var collector = HostProcess.FreePort();
        var database = await TestServer.CreateDatabaseAsync();
        try
        {
            await using var host = await HostProcess.StartAsync(database, new Dictionary<string, string>
            {
                ["Mail:Smtp:Host"] = "127.0.0.1",
                ["Mail:Smtp:Port"] = relay.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Mail:Smtp:PollSeconds"] = "1",
                ["Kompetenzzentrum:Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{collector}",
                ["Kompetenzzentrum:PluginsPath"] = "/kz/no/such/plugins",
            });
            using var client = host.CreateClient();
            Staff.Authorised(client, await Staff.SignInAsync(client));
            var session = await Staff.SessionAsync(client, capacity: 5, TimeSpan.FromDays(3));
            var address = $"outbox-{Guid.NewGuid():N}@example.org";
            var booking = await Staff.BookAsync(client, session, Guid.NewGuid(), Guid.NewGuid().ToString("N"), address);
            Assert.Equal(HttpStatusCode.Created, booking.StatusCode);

            // The booking's confirmation waits in the outbox, unsent and without a failed attempt against it.
            var mail = await Eventually.Get(() => OutboxMailAsync(client, address), _ => true, TimeSpan.FromSeconds(60));
            var smtpWarning = $"Mail:Smtp:Host '127.0.0.1:{relay}' cannot be used (";
            await Eventually.Get(() => Task.FromResult<string?>(host.Output), o => o.Contains(smtpWarning, StringComparison.Ordinal));
            await Task.Delay(TimeSpan.FromSeconds(3)); // several more delivery rounds fail
            var output = host.Output;
            Assert.Contains("Kompetenzzentrum:PluginsPath '/kz/no/such/plugins' does not exist, so no partner plugins are loaded.", output,
                StringComparison.Ordinal);
            Assert.Contains($"Mail:Smtp:Host '127.0.0.1:{relay}' cannot be reached (Connection refused), so mails stay in the outbox until it can.",
                output, StringComparison.Ordinal);
            Assert.Contains($"Kompetenzzentrum:Telemetry:OtlpEndpoint 'http://127.0.0.1:{collector}/' cannot be reached (Connection refused)",
                output, StringComparison.Ordinal);
            Assert.Single(Occurrences(output, smtpWarning));
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.Null(mail.SentAt);
            Assert.Equal(0, mail.Attempts);
        }
        finally
        {
            await TestServer.DropDatabaseAsync(database);
        }
    }

    private static void AssertRefused(int exitCode, string output, string sentence)
    {
        Assert.True(exitCode == 2, $"exit code {exitCode}:\n{output}");
        Assert.Contains(sentence, output, StringComparison.Ordinal);
        // One sentence and nothing else: no stack trace, no log noise before it.
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static async Task<OutboxRow?> OutboxMailAsync(HttpClient staff, string address) =>
        (await staff.GetFromJsonAsync<OutboxRow[]>($"/api/outbox?to={Uri.EscapeDataString(address)}"))!.FirstOrDefault();

    private sealed record OutboxRow(string To, string Category, DateTimeOffset? SentAt, int Attempts);
}
