using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>
/// Offerings the organisation holds or awaits a seat in (confirmed, waitlisted, offered); cancelled and lapsed ones are
/// open again.
/// </summary>
internal static class BookedOfferings
{
    public static async Task<IReadOnlySet<Guid>> OfAsync(IQuerySession session, Guid organisationId, CancellationToken ct)
    {
        var live = new[] { SeatStatus.Confirmed, SeatStatus.Waitlisted, SeatStatus.Offered, SeatStatus.Pending };
        var sessionIds = await session.Query<SessionBooking>().Where(b => b.OrganisationId == organisationId && live.Contains(b.Status))
            .Select(b => b.SessionId).ToListAsync(ct);
        var sessions = await session.LoadManyAsync<SessionSeats>(ct, sessionIds.Distinct().ToArray());
        return sessions.Select(s => s.OfferingId).ToHashSet();
    }
}
