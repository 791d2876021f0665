using System.Diagnostics.Metrics;

namespace Kompetenzzentrum.Host.Telemetry;

/// <summary>
/// The platform's own meter <c>Kompetenzzentrum</c>: bookings by outcome and outbox mails by outcome. Exported
/// through OTLP and the Prometheus scrape endpoint like the framework's instruments.
/// </summary>
internal sealed class KompetenzzentrumMetrics : IDisposable
{
    public const string MeterName = "Kompetenzzentrum";

    private readonly Meter _meter;

    public KompetenzzentrumMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        Bookings = _meter.CreateCounter<long>("kz.bookings", "{booking}", "Bookings by outcome: confirmed, waitlisted, cancelled");
        Mails = _meter.CreateCounter<long>("kz.mails", "{mail}", "Outbox mails handed to the SMTP relay by outcome: sent, failed");
    }

    public Counter<long> Bookings { get; }

    public Counter<long> Mails { get; }

    public void Booking(string outcome, long count = 1) => Bookings.Add(count, new KeyValuePair<string, object?>("outcome", outcome));

    public void Mail(string outcome) => Mails.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
