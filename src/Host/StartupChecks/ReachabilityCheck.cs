using System.Net.Sockets;
using Kompetenzzentrum.Host.Mail;
using Kompetenzzentrum.Host.Telemetry;
using Microsoft.Extensions.Options;

namespace Kompetenzzentrum.Host.StartupChecks;

/// <summary>
/// Once the host has started, tries a TCP connection to the SMTP relay and the OTLP collector, if configured, and
/// warns in one sentence about each that does not answer. The host runs either way: mails stay in the outbox and
/// telemetry is dropped until the other side is there. It runs in the background, so it never delays readiness.
/// </summary>
internal sealed class ReachabilityCheck(
    IOptions<SmtpSettings> smtp,
    TelemetrySettings telemetry,
    ILogger<ReachabilityCheck> logger) : BackgroundService
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var checks = new List<Task>();
        if (smtp.Value is { IsConfigured: true } relay)
        {
            checks.Add(WarnUnlessReachableAsync(relay.Host!, relay.Port,
                $"Mail:Smtp:Host '{relay.Host}:{relay.Port}'", "mails stay in the outbox until it can", stoppingToken));
        }
        if (telemetry.OtlpEndpoint is { } endpoint)
        {
            checks.Add(WarnUnlessReachableAsync(endpoint.Host, endpoint.Port,
                $"{telemetry.OtlpSetting} '{endpoint}'", "traces and metrics are dropped until it can", stoppingToken));
        }
        await Task.WhenAll(checks);
    }

    private async Task WarnUnlessReachableAsync(string host, int port, string setting, string consequence, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(Limit);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("{Setting} cannot be reached (no answer within {Seconds} s), so {Consequence}.",
                setting, Limit.TotalSeconds, consequence);
        }
        catch (SocketException ex)
        {
            logger.LogWarning("{Setting} cannot be reached ({Reason}), so {Consequence}.", setting, ex.Message, consequence);
        }
    }
}
