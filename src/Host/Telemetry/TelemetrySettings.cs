using Kompetenzzentrum.Host.StartupChecks;

namespace Kompetenzzentrum.Host.Telemetry;

/// <summary>
/// What the host exports: OTLP only when an endpoint is configured (<c>Kompetenzzentrum:Telemetry:OtlpEndpoint</c> or
/// the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); the Prometheus scrape endpoint only with a scrape token.
/// <see cref="OtlpSetting"/> names the setting the endpoint came from, for the sentences about it.
/// </summary>
internal sealed record TelemetrySettings(Uri? OtlpEndpoint, string OtlpSetting, string? ScrapeToken, IReadOnlyList<string> Warnings)
{
    public const string Section = "Kompetenzzentrum:Telemetry";

    /// <summary>Traces go out over OTLP only; with no endpoint none are recorded, so requests and queries carry no activities.</summary>
    public bool ExportsTraces => OtlpEndpoint is not null;

    /// <summary>Metrics go out over OTLP or the scrape endpoint; with neither none are collected.</summary>
    public bool ExportsMetrics => OtlpEndpoint is not null || ScrapeToken is not null;

    public static TelemetrySettings From(IConfiguration configuration)
    {
        var warnings = new List<string>();
        var section = configuration.GetSection(Section);
        var (key, raw) = section["OtlpEndpoint"] is { Length: > 0 } own
            ? (Section + ":OtlpEndpoint", own)
            : ("OTEL_EXPORTER_OTLP_ENDPOINT", configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Uri? endpoint = null;
        if (!string.IsNullOrWhiteSpace(raw))
        {
            if (Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
            {
                endpoint = parsed;
            }
            else
            {
                // Someone asked for telemetry and mistyped it: refusing to start shows it at the deployment (a rolling
                // update stops, the old hosts keep serving) instead of in the first incident without traces.
                throw new ConfigurationError($"{key} '{raw}' is not an absolute http(s) address such as 'http://collector:4317'.");
            }
        }
        var token = section["ScrapeToken"];
        if (token is { Length: > 0 and < 16 })
        {
            warnings.Add($"{Section}:ScrapeToken is shorter than 16 characters, so the metrics endpoint /metrics stays closed.");
            token = null;
        }
        return new TelemetrySettings(endpoint, key, string.IsNullOrWhiteSpace(token) ? null : token, warnings);
    }
}
