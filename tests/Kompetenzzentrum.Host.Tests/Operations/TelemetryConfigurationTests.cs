using System.Net;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Operations;

public sealed class TelemetryConfigurationTests(BadTelemetryHost host) : IClassFixture<BadTelemetryHost>
{
    [Fact]
    public async Task Given_an_unreachable_otlp_collector_and_a_short_scrape_token_Then_the_host_runs_warns_one_sentence_each_metrics_closed()
    {
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        var expected = $"Kompetenzzentrum:Telemetry:OtlpEndpoint '{BadTelemetryHost.Collector}' cannot be reached (Connection refused), "
            + "so traces and metrics are dropped until it can.";
        var lines = await Eventually.Get(() => Task.FromResult<string[]?>([.. host.Factory.Logs.Lines]),
            l => l.Any(line => line.Contains(expected, StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains(expected, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal)
            && l.Contains("ScrapeToken is shorter than 16 characters", StringComparison.Ordinal));
    }
}
