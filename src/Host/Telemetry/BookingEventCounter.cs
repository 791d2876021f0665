using Kompetenzzentrum.Contracts.Catalog;
using Marten;
using Marten.Services;

namespace Kompetenzzentrum.Host.Telemetry;

/// <summary>
/// Counts bookings from the events a committed session appended, so the booking path itself carries no metrics code;
/// only after the commit, so a rolled-back booking is not counted.
/// </summary>
internal sealed class BookingEventCounter(KompetenzzentrumMetrics metrics) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var e in commit.GetEvents())
        {
            switch (e.Data)
            {
                case BookingConfirmed:
                    metrics.Booking("confirmed");
                    break;
                case BookingWaitlisted:
                    metrics.Booking("waitlisted");
                    break;
                case BookingCancelled:
                    metrics.Booking("cancelled");
                    break;
            }
        }
        return Task.CompletedTask;
    }
}
