using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Operations;

/// <summary>A host with a malformed OTLP endpoint and a too short scrape token: both are warnings, the host runs.</summary>
public sealed class BadTelemetryHost : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Kompetenzzentrum:Telemetry:OtlpEndpoint"] = "collector:4317 ohne Schema",
        ["Kompetenzzentrum:Telemetry:ScrapeToken"] = "short",
    };
}
