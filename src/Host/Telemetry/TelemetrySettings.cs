namespace Kompetenzzentrum.Host.Telemetry;

/// <summary>
/// What the host exports: OTLP only when an endpoint is configured (<c>Kompetenzzentrum:Telemetry:OtlpEndpoint</c> or
/// the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); the Prometheus scrape endpoint only with a scrape token.
/// </summary>
internal sealed record TelemetrySettings(Uri? OtlpEndpoint, string? ScrapeToken, IReadOnlyList<string> Warnings)
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
                // The host works without exporting telemetry, so this is a warning and not a refusal to start.
                warnings.Add($"{key} '{raw}' is not an absolute http(s) address, so no traces or metrics are exported over OTLP.");
            }
        }
        var token = section["ScrapeToken"];
        if (token is { Length: > 0 and < 16 })
        {
            warnings.Add($"{Section}:ScrapeToken is shorter than 16 characters, so the metrics endpoint /metrics stays closed.");
            token = null;
        }
        return new TelemetrySettings(endpoint, string.IsNullOrWhiteSpace(token) ? null : token, warnings);
    }
}
