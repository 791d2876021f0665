using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>Offerings the organisation holds or awaits a seat in (confirmed, waitlisted, offered); cancelled and lapsed ones are open again.</summary>
internal static class BookedOfferings
{
    public static async Task<IReadOnlySet<Guid>> OfAsync(IQuerySession session, Guid organisationId, CancellationToken ct)
    {
        // Bookings are stored as arrays that start with booking and organisation id (SessionBookingJson): jsonb
        // containment finds the sessions with an array holding the organisation's id, the filter below the rest.
        var sessions = await session.QueryAsync<SessionState>("where data -> 'bookings' @> ?::jsonb", ct, $"[[\"{organisationId}\"]]");
        return sessions
            .Where(s => s.Bookings.Any(b => b.OrganisationId == organisationId && b.Status is SeatStatus.Confirmed or SeatStatus.Waitlisted or SeatStatus.Offered or SeatStatus.Pending))
            .Select(s => s.OfferingId)
            .ToHashSet();
    }
}
