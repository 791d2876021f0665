using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>The catalog's back-office pages and their links in the staff menu; /backoffice is the staff's start page.</summary>
internal static class StaffPages
{
    public const string Overview = "/backoffice";

    public static IEnumerable<NavigationItem> Navigation =>
    [
        new(Overview, new LocalizedText("Übersicht", "Overview"), NavigationArea.Staff, 10),
        new(ProgramPages.Path, new LocalizedText("Programme", "Programs"), NavigationArea.Staff, 20, Policies.Staff),
        new(OfferingPages.List, new LocalizedText("Angebote", "Offerings"), NavigationArea.Staff, 30),
        new(SessionPages.Bookings, new LocalizedText("Buchungen", "Bookings"), NavigationArea.Staff, 40),
        new(CalendarFeeds.CalendarFeedPages.Path, new LocalizedText("Kalender-Abos", "Calendar subscriptions"), NavigationArea.Staff, 45),
    ];

    public static void MapStaffPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Overview, OverviewAsync).RequireAuthorization(Policies.OfferingManager);
        pages.MapProgramPages();
        pages.MapOfferingPages();
        pages.MapSessionPages();
        pages.MapAttendancePages();
    }

    private static async Task<IResult> OverviewAsync(HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var offerings = (await OfferingPages.ManagedAsync(http.User, session, ct)).ToDictionary(e => e.Id);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, UiText.Berlin).DateTime);
        var since = now.AddDays(-1);
        var upcoming = (await session.Query<SessionSeats>().Where(s => s.EndsAt >= since).OrderBy(s => s.StartsAt).Take(500).ToListAsync(ct))
            .Where(s => offerings.ContainsKey(s.OfferingId)).ToList();
        var byId = upcoming.ToDictionary(s => s.Id);
        var ids = byId.Keys.ToArray();
        var offers = await session.Query<SessionBooking>().Where(b => b.Status == SeatStatus.Offered && ids.Contains(b.SessionId)).ToListAsync(ct);
        var model = new OverviewModel(
            offerings,
            upcoming.Where(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.StartsAt, UiText.Berlin).DateTime) == today).ToList(),
            [.. offers.Where(b => byId.ContainsKey(b.SessionId)).Select(b => (byId[b.SessionId], b))],
            upcoming.Count(s => s.StartsAt > now),
            upcoming.Where(s => s.StartsAt > now).Sum(s => s.Waiting));
        return UiPages.Render<OverviewPage>(new { Data = model });
    }
}

/// <summary>What the back office's start page shows.</summary>
internal sealed record OverviewModel(
    IReadOnlyDictionary<Guid, CatalogEntry> Offerings,
    IReadOnlyList<SessionSeats> Today,
    IReadOnlyList<(SessionSeats Session, SessionBooking Booking)> OpenOffers,
    int UpcomingSessions,
    int Waiting);
