using System.Globalization;
using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Dashboard;

/// <summary>
/// The staff dashboard's figures, the one query behind <c>GET /api/catalog/dashboard</c> and the page
/// <c>/backoffice/kennzahlen</c>. Reads the catalog's own data: session documents, booking rows and the booking
/// events (for when a booking was made), limited to the offerings the caller manages.
/// </summary>
internal sealed class StaffDashboard(IQuerySession session, TimeProvider clock)
{
    public const int Weeks = 12;
    public const int PastDays = 90;
    public const int AheadDays = 30;
    public const int TopWaitlists = 10;

    public async Task<Result<StaffDashboardFigures>> LoadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var offerings = (await OfferingPages.ManagedAsync(user, session, ct)).ToDictionary(e => e.Id);
        var now = clock.GetUtcNow();
        var since = now.AddDays(-PastDays);
        var sessions = (await session.Query<SessionSeats>().Where(s => s.StartsAt >= since).ToListAsync(ct))
            .Where(s => offerings.ContainsKey(s.OfferingId) && !s.IsCancelled).ToList();
        var past = sessions.Where(s => s.StartsAt <= now).ToList();
        var upcoming = sessions.Where(s => s.StartsAt > now && !s.IsSlot).OrderBy(s => s.StartsAt).ToList();

        var fill = past.GroupBy(s => offerings[s.OfferingId].OfferingType)
            .Select(g => (Type: g.Key, Taken: g.Sum(s => s.Taken), Capacity: g.Sum(s => s.Capacity)))
            .Select(t => new TypeFillRate(t.Type, t.Taken, t.Capacity, t.Capacity == 0 ? 0 : (double)t.Taken / t.Capacity))
            .OrderBy(t => t.OfferingType, StringComparer.Ordinal).ToList();

        var pastIds = past.Select(s => s.Id).ToArray();
        var marked = await session.Query<SessionBooking>()
            .Where(b => pastIds.Contains(b.SessionId)
                && (b.Status == SeatStatus.Attended || b.Status == SeatStatus.NoShow || b.Status == SeatStatus.Completed))
            .Select(b => b.Status).ToListAsync(ct);
        var noShows = marked.Count(s => s == SeatStatus.NoShow);

        DashboardSession Row(SessionSeats s) => new(s.Id, s.OfferingId, offerings[s.OfferingId].OfferingType,
            offerings[s.OfferingId].Title.For(CultureInfo.CurrentUICulture), s.StartsAt, s.Capacity, Math.Max(0, s.SeatsFree()), s.Waiting);

        return new StaffDashboardFigures(
            await WeeksAsync(offerings.Keys.ToHashSet(), now, ct),
            fill,
            new NoShowRate(noShows, marked.Count, marked.Count == 0 ? 0 : (double)noShows / marked.Count),
            upcoming.Where(s => s.Waiting > 0).OrderByDescending(s => s.Waiting).ThenBy(s => s.StartsAt).Take(TopWaitlists).Select(Row).ToList(),
            upcoming.Where(s => s.StartsAt <= now.AddDays(AheadDays) && s.SeatsFree() > 0).Select(Row).ToList());
    }

    // A booking is made by its first event: confirmed, waitlisted or requested (a later confirmation is the same booking).
    private async Task<IReadOnlyList<WeekBookings>> WeeksAsync(HashSet<Guid> offerings, DateTimeOffset now, CancellationToken ct)
    {
        var weeks = Enumerable.Range(0, Weeks).Select(i => Week(now.AddDays(-7 * (Weeks - 1 - i)))).ToList();
        var since = now.AddDays(-7 * Weeks);
        var confirmed = await session.Events.QueryRawEventDataOnly<BookingConfirmed>().Where(e => e.ConfirmedAt >= since)
            .Select(e => new { e.BookingId, e.OfferingId, At = e.ConfirmedAt }).ToListAsync(ct);
        var waitlisted = await session.Events.QueryRawEventDataOnly<BookingWaitlisted>().Where(e => e.WaitlistedAt >= since)
            .Select(e => new { e.BookingId, e.OfferingId, At = e.WaitlistedAt }).ToListAsync(ct);
        var requested = await session.Events.QueryRawEventDataOnly<BookingRequested>().Where(e => e.RequestedAt >= since)
            .Select(e => new { e.BookingId, e.OfferingId, At = e.RequestedAt }).ToListAsync(ct);
        var counts = confirmed.Concat(waitlisted).Concat(requested)
            .Where(e => offerings.Contains(e.OfferingId))
            .GroupBy(e => e.BookingId)
            .Select(g => Week(g.Min(e => e.At)))
            .CountBy(w => w)
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        return weeks.Select(w => new WeekBookings(w, counts.GetValueOrDefault(w))).ToList();
    }

    private static string Week(DateTimeOffset at)
    {
        var day = TimeZoneInfo.ConvertTime(at, UiText.Berlin).DateTime;
        return $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}";
    }
}
