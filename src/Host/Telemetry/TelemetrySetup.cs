using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Kompetenzzentrum.Host.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics of ASP.NET Core, outgoing HTTP, Npgsql, Marten and the platform's own meter;
/// exported over OTLP when an endpoint is configured and scraped by Prometheus at <c>/metrics</c> with a token.
/// </summary>
internal static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    private const string MartenSource = "Marten";

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var settings = TelemetrySettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<KompetenzzentrumMetrics>();
        if (!settings.ExportsMetrics)
        {
            return; // nothing would leave the host: no instrumentation on the request and query paths
        }
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("kompetenzzentrum"))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(MartenSource, KompetenzzentrumMetrics.MeterName);
                if (settings.ScrapeToken is not null)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (settings.OtlpEndpoint is { } endpoint)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(MartenSource));
            // gRPC (port 4317) unless the standard protocol variable asks for HTTP (port 4318).
            var protocol = builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/protobuf"
                ? OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf
                : OpenTelemetry.Exporter.OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, endpoint);
        }
    }

    public static void UseTelemetry(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<TelemetrySettings>();
        foreach (var warning in settings.Warnings)
        {
            app.Logger.LogWarning("{Warning}", warning);
        }
        if (settings.ScrapeToken is not null)
        {
            app.UseMiddleware<ScrapeTokenGuard>();
            app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        }
    }
}
