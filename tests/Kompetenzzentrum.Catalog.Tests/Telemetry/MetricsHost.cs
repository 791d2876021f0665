using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Telemetry;

/// <summary>A host with the Prometheus scrape endpoint open to <see cref="Token"/>.</summary>
public sealed class MetricsHost : HostFixture
{
    public const string Token = "scrape-token-for-tests-0123456789";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Kompetenzzentrum:Telemetry:ScrapeToken"] = Token,
    };
}
