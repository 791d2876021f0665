using System.Net;

namespace Kompetenzzentrum.Host.Tests.Operations;

public sealed class TelemetryConfigurationTests(BadTelemetryHost host) : IClassFixture<BadTelemetryHost>
{
    [Fact]
    public async Task Given_a_malformed_otlp_endpoint_and_a_short_scrape_token_Then_the_host_runs_warns_in_one_sentence_each_and_metrics_stay_closed()
    {
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        var lines = host.Factory.Logs.Lines;
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains(
            "Kompetenzzentrum:Telemetry:OtlpEndpoint 'collector:4317 ohne Schema' is not an absolute http(s) address", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal)
            && l.Contains("ScrapeToken is shorter than 16 characters", StringComparison.Ordinal));
    }
}
