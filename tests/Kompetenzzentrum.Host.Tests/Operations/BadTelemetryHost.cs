using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Operations;

/// <summary>
/// A host with an OTLP collector that does not answer and a too short scrape token: both are warnings, the host runs.
/// (A malformed OTLP endpoint stops the start: <c>BadConfigurationTests</c> in the reliability tests.)
/// </summary>
public sealed class BadTelemetryHost : HostFixture
{
    /// <summary>A loopback port nobody listens on.</summary>
    public static readonly string Collector = $"http://127.0.0.1:{HostProcess.FreePort()}/";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Kompetenzzentrum:Telemetry:OtlpEndpoint"] = Collector,
        ["Kompetenzzentrum:Telemetry:ScrapeToken"] = "short",
    };
}
