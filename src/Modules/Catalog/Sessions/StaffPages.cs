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
        var upcoming = (await session.Query<SessionState>().Where(s => s.EndsAt >= since).OrderBy(s => s.StartsAt).Take(500).ToListAsync(ct))
            .Where(s => offerings.ContainsKey(s.OfferingId)).ToList();
        var model = new OverviewModel(
            offerings,
            upcoming.Where(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.StartsAt, UiText.Berlin).DateTime) == today).ToList(),
            upcoming.SelectMany(s => s.Bookings.Where(b => b.Status == SeatStatus.Offered).Select(b => (s, b))).ToList(),
            upcoming.Count(s => s.StartsAt > now),
            upcoming.Where(s => s.StartsAt > now).Sum(s => s.Waitlist().Count));
        return UiPages.Render<OverviewPage>(new { Data = model });
    }
}

/// <summary>What the back office's start page shows.</summary>
internal sealed record OverviewModel(
    IReadOnlyDictionary<Guid, CatalogEntry> Offerings,
    IReadOnlyList<SessionState> Today,
    IReadOnlyList<(SessionState Session, SessionBooking Booking)> OpenOffers,
    int UpcomingSessions,
    int Waiting);
