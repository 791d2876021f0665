using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Kompetenzzentrum.Modules.Integrations.Delivery;

/// <summary>
/// How deliveries are retried and when a receiver is given up (<c>Modules:integrations</c>): <c>RetryDelaysSeconds</c>
/// (comma-separated, default 5, 30, 120, 600, 3600, 21600), <c>DisableAfterFailures</c> (failed attempts in a row,
/// default 10), <c>PollSeconds</c> (default 2), <c>TimeoutSeconds</c> (per POST, default 10) and <c>AlertMail</c>
/// (the staff address told when a receiver is disabled).
/// </summary>
internal sealed record DeliveryOptions(
    IReadOnlyList<TimeSpan> RetryDelays, int DisableAfterFailures, TimeSpan Poll, TimeSpan Timeout, string AlertMail)
{
    public static DeliveryOptions From(IConfiguration configuration)
    {
        var delays = (configuration["RetryDelaysSeconds"] ?? "5,30,120,600,3600,21600")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture)))
            .ToList();
        return new(
            delays,
            Math.Max(1, configuration.GetValue<int?>("DisableAfterFailures") ?? 10),
            TimeSpan.FromSeconds(Math.Max(0.1, configuration.GetValue<double?>("PollSeconds") ?? 2)),
            TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue<double?>("TimeoutSeconds") ?? 10, 1, 60)),
            configuration["AlertMail"] ?? "team@kompetenzzentrum.example");
    }

    /// <summary>A worker's hold on claimed deliveries: longer than any batch of POSTs can take.</summary>
    public TimeSpan Lease => Timeout * 3 + TimeSpan.FromSeconds(30);
}
