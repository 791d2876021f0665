using Kompetenzzentrum.Modules.Catalog.Bookings;
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
        // Every booking has its attendee document, indexed by organisation: it names the sessions to look into.
        var attendees = await session.Query<BookingAttendees>().Where(a => a.OrganisationId == organisationId).ToListAsync(ct);
        var sessions = await session.LoadManyAsync<SessionState>(ct, attendees.Select(a => a.SessionId).Distinct().ToArray());
        return sessions
            .Where(s => s.Bookings.Any(b => b.OrganisationId == organisationId
                && b.Status is SeatStatus.Confirmed or SeatStatus.Waitlisted or SeatStatus.Offered or SeatStatus.Pending))
            .Select(s => s.OfferingId)
            .ToHashSet();
    }
}
