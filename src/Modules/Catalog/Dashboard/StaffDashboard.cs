using System.Globalization;
using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Offerings;
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
internal sealed class StaffDashboard(IQuerySession session, TimeProvider clock, IEnumerable<OfferingTypeDefinition> types)
{
    public const int Weeks = 12;
    public const int PastDays = 90;
    public const int AheadDays = 30;
    public const int TopWaitlists = 10;

    /// <summary>The figures with the filters as typed; an unknown type or a bad period is refused naming its field.</summary>
    public async Task<Result<StaffDashboardFigures>> LoadAsync(ClaimsPrincipal user, DashboardQuery query, CancellationToken ct)
    {
        var offerings = (await OfferingPages.ManagedAsync(user, session, ct)).ToDictionary(e => e.Id);
        // Registered types, and the types of the caller's offerings whose plugin is gone: both can be looked at.
        var known = types.Select(t => t.Key).Concat(offerings.Values.Select(e => e.OfferingType)).ToHashSet(StringComparer.Ordinal);
        var read = DashboardFilter.Read(query, known, clock.GetUtcNow());
        return read.Refusal is { } refused ? refused : await FiguresAsync(offerings, read.Value, ct);
    }

    private async Task<StaffDashboardFigures> FiguresAsync(Dictionary<Guid, CatalogEntry> managed, DashboardFilter filter, CancellationToken ct)
    {
        var offerings = managed.Values.Where(e => filter.Type is null || e.OfferingType == filter.Type).ToDictionary(e => e.Id);
        var now = clock.GetUtcNow();
        var since = filter.FromInstant ?? now.AddDays(-PastDays);
        var end = filter.EndInstant ?? DateTimeOffset.MaxValue;
        var sessions = (await session.Query<SessionSeats>().Where(s => s.StartsAt >= since).ToListAsync(ct))
            .Where(s => offerings.ContainsKey(s.OfferingId) && !s.IsCancelled && s.StartsAt < end).ToList();
        var past = sessions.Where(s => s.StartsAt <= now).ToList();
        var upcoming = sessions.Where(s => s.StartsAt > now && !s.IsSlot).OrderBy(s => s.StartsAt).ToList();
        var freeUntil = filter.EndInstant ?? now.AddDays(AheadDays);

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
            await WeeksAsync(offerings.Keys.ToHashSet(), filter, now, ct),
            fill,
            new NoShowRate(noShows, marked.Count, marked.Count == 0 ? 0 : (double)noShows / marked.Count),
            upcoming.Where(s => s.Waiting > 0).OrderByDescending(s => s.Waiting).ThenBy(s => s.StartsAt).Take(TopWaitlists).Select(Row).ToList(),
            upcoming.Where(s => s.StartsAt <= freeUntil && s.SeatsFree() > 0).Select(Row).ToList(),
            new AppliedFilter(filter.Type, filter.From, filter.To));
    }

    // A booking is made by its first event: confirmed, waitlisted or requested (a later confirmation is the same booking).
    // The weeks run from the period's first day (or 12 weeks back) to its last day (or today), every week listed.
    private async Task<IReadOnlyList<WeekBookings>> WeeksAsync(HashSet<Guid> offerings, DashboardFilter filter, DateTimeOffset now,
        CancellationToken ct)
    {
        var last = filter.EndInstant?.AddTicks(-1) ?? now;
        var first = filter.FromInstant ?? last.AddDays(-7 * (Weeks - 1));
        var weeks = new List<string>();
        for (var day = first; day <= last.AddDays(6) && weeks.Count <= DashboardFilter.MaxDays / 7 + 2; day = day.AddDays(7))
        {
            if (Week(day) is var week && string.CompareOrdinal(week, Week(last)) <= 0 && !weeks.Contains(week))
            {
                weeks.Add(week);
            }
        }
        var since = filter.FromInstant ?? now.AddDays(-7 * Weeks);
        var until = filter.EndInstant ?? DateTimeOffset.MaxValue;
        var confirmed = await session.Events.QueryRawEventDataOnly<BookingConfirmed>().Where(e => e.ConfirmedAt >= since)
            .Select(e => new { e.BookingId, e.OfferingId, At = e.ConfirmedAt }).ToListAsync(ct);
        var waitlisted = await session.Events.QueryRawEventDataOnly<BookingWaitlisted>().Where(e => e.WaitlistedAt >= since)
            .Select(e => new { e.BookingId, e.OfferingId, At = e.WaitlistedAt }).ToListAsync(ct);
        var requested = await session.Events.QueryRawEventDataOnly<BookingRequested>().Where(e => e.RequestedAt >= since)
            .Select(e => new { e.BookingId, e.OfferingId, At = e.RequestedAt }).ToListAsync(ct);
        var counts = confirmed.Concat(waitlisted).Concat(requested)
            .Where(e => offerings.Contains(e.OfferingId) && e.At < until)
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
