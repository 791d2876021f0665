using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>What the package endpoints need from the container.</summary>
internal sealed record PackageDependencies(
    IDocumentSession Session, SeatOfferWindow Window, TimeProvider Clock, ISchedulerFactory Schedulers, BookingRuleChecks Rules, ILogger<SeatOfferExpiryJob> Logger)
{
    /// <summary>Offer expiries of the committed events, session by session (mails follow from the mail subscription).</summary>
    public async Task AfterCommitAsync(IEnumerable<(Guid SessionId, IReadOnlyList<object> Events)> changes, CancellationToken ct)
    {
        foreach (var (_, events) in changes)
        {
            await SeatOfferExpiryJob.ScheduleExpiryAsync(Schedulers, events, Logger, ct);
        }
    }
}

/// <summary>A package booking with the current state of each item.</summary>
internal sealed record PackageView(Guid PackageBookingId, Guid? PackageId, Guid OrganisationId, IReadOnlyList<PackageItemView> Items)
{
    public static async Task<PackageView?> LoadAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<PackageBooking>(id, ct) is not { } booking)
        {
            return null;
        }
        var states = (await session.LoadManyAsync<SessionState>(ct, booking.Items.Select(i => i.SessionId))).ToDictionary(s => s.Id);
        return new(booking.Id, booking.PackageId, booking.OrganisationId, booking.Items.Select(i =>
        {
            var state = states.GetValueOrDefault(i.SessionId);
            var item = state?.Find(i.BookingId);
            return new PackageItemView(i.SessionId, i.BookingId, i.OfferingId, item?.Status.Text() ?? "unknown", state?.WaitlistPosition(i.BookingId));
        }).ToList());
    }
}

/// <summary>One item of a package booking as its organisation sees it.</summary>
internal sealed record PackageItemView(Guid SessionId, Guid BookingId, Guid OfferingId, string Status, int? WaitlistPosition);
