using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Quartz;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>What the package endpoints need from the container.</summary>
internal sealed record PackageDependencies(IDocumentSession Session, IDocumentStore Store, BookingRuleChecks Rules, BookingDesk Desk)
{
    /// <summary>Offer expiries of the committed events, session by session (mails follow from the mail subscription).</summary>
    public async Task AfterCommitAsync(IEnumerable<(Guid SessionId, IReadOnlyList<object> Events)> changes, CancellationToken ct)
    {
        foreach (var (_, events) in changes)
        {
            await SeatOfferExpiryJob.ScheduleExpiryAsync(Desk.Schedulers, events, Desk.Logger, ct);
        }
    }
}

/// <summary>A package booking with the current state of each item.</summary>
internal sealed record PackageView(Guid PackageBookingId, Guid? PackageId, Guid OrganisationId, IReadOnlyList<PackageItemView> Items, long Version)
{
    /// <summary>Undated items have no session: they are enrolled until cancelled.</summary>
    public const string Enrolled = "enrolled";

    public static async Task<PackageView?> LoadAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<PackageBooking>(id, ct) is not { } booking)
        {
            return null;
        }
        var sessionIds = booking.Items.Where(i => i.SessionId is not null).Select(i => i.SessionId!.Value);
        return Of(booking, await SessionStates.LoadManyAsync(session, sessionIds, ct));
    }

    /// <summary>
    /// The view, and its version (the ETag): every change of an item raises its booking's sequence, and every
    /// cancelled or completed undated item counts one (it can only be one of them), so the sum only grows and changes
    /// with every change of the package.
    /// </summary>
    public static PackageView Of(PackageBooking booking, IReadOnlyDictionary<Guid, SessionState> states) =>
        new(booking.Id, booking.PackageId, booking.OrganisationId, booking.Items.Select(i =>
        {
            if (i.SessionId is not { } sessionId)
            {
                return new PackageItemView(null, i.BookingId, i.OfferingId, i.Cancelled ? "cancelled" : i.Completed ? "completed" : Enrolled, null);
            }
            var state = states.GetValueOrDefault(sessionId);
            var item = state?.Find(i.BookingId);
            return new PackageItemView(sessionId, i.BookingId, i.OfferingId, item?.Status.Text() ?? "unknown", state?.WaitlistPosition(i.BookingId));
        }).ToList(), booking.Items.Sum(i => i.SessionId is { } s
            ? states.GetValueOrDefault(s)?.Find(i.BookingId)?.Sequence ?? 0
            : i.Cancelled || i.Completed ? 1 : 0));
}

/// <summary>One item of a package booking as its organisation sees it; undated items have no session and no waitlist.</summary>
internal sealed record PackageItemView(Guid? SessionId, Guid BookingId, Guid OfferingId, string Status, int? WaitlistPosition);
