using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>
/// Offerings the organisation holds or awaits a seat in (confirmed, waitlisted, offered); cancelled and lapsed ones are
/// open again.
/// </summary>
internal static class BookedOfferings
{
    /// <summary>The statuses of a booking that holds or awaits a seat, or waits for approval.</summary>
    public static readonly SeatStatus[] Live = [SeatStatus.Confirmed, SeatStatus.Waitlisted, SeatStatus.Offered, SeatStatus.Pending];

    /// <summary>Which of the given sessions the organisation has booked (a live booking: see <see cref="Live"/>).</summary>
    public static async Task<IReadOnlySet<Guid>> SessionsAsync(
        IQuerySession session, Guid organisationId, IReadOnlyCollection<Guid> sessionIds, CancellationToken ct)
    {
        if (sessionIds.Count == 0)
        {
            return new HashSet<Guid>();
        }
        var (live, ids) = (Live, sessionIds.ToArray());
        var booked = await session.Query<SessionBooking>()
            .Where(b => b.OrganisationId == organisationId && ids.Contains(b.SessionId) && live.Contains(b.Status))
            .Select(b => b.SessionId).ToListAsync(ct);
        return booked.ToHashSet();
    }

    public static async Task<IReadOnlySet<Guid>> OfAsync(IQuerySession session, Guid organisationId, CancellationToken ct)
    {
        var live = Live;
        var sessionIds = await session.Query<SessionBooking>().Where(b => b.OrganisationId == organisationId && live.Contains(b.Status))
            .Select(b => b.SessionId).ToListAsync(ct);
        var sessions = await session.LoadManyAsync<SessionSeats>(ct, sessionIds.Distinct().ToArray());
        return sessions.Select(s => s.OfferingId).ToHashSet();
    }
}
