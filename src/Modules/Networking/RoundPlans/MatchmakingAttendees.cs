using Kompetenzzentrum.Contracts.Catalog;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Networking.RoundPlans;

/// <summary>One organisation's confirmed booking of a matchmaking session.</summary>
internal sealed record Attendance(Guid BookingId, Guid OrganisationId);

/// <summary>
/// Who holds confirmed seats in a session of a matchmaking-event offering, built from the catalog's public
/// booking events (this module never reads the catalog's documents). Keyed by the catalog's session id.
/// </summary>
internal sealed record MatchmakingAttendees(Guid Id, Guid OfferingId, IReadOnlyList<Attendance> Attendances)
{
    public IReadOnlyList<Guid> Organisations => [.. Attendances.Select(a => a.OrganisationId).Distinct()];
}

internal sealed partial class MatchmakingAttendeesProjection : MultiStreamProjection<MatchmakingAttendees, Guid>
{
    public const string OfferingType = "matchmaking-event";

    public MatchmakingAttendeesProjection()
    {
        // Bookings of every other offering type are no business of this module.
        Identities<BookingConfirmed>(e => e.OfferingType == OfferingType ? [e.SessionId] : []);
        Identities<BookingCancelled>(e => e.OfferingType == OfferingType ? [e.SessionId] : []);
    }

    public static MatchmakingAttendees Create(BookingConfirmed e) => new(e.SessionId, e.OfferingId, [new(e.BookingId, e.OrganisationId)]);

    public static MatchmakingAttendees Apply(BookingConfirmed e, MatchmakingAttendees attendees) => attendees with
    {
        Attendances = [.. attendees.Attendances.Where(a => a.BookingId != e.BookingId), new(e.BookingId, e.OrganisationId)],
    };

    public static MatchmakingAttendees Apply(BookingCancelled e, MatchmakingAttendees attendees) => attendees with
    {
        Attendances = [.. attendees.Attendances.Where(a => a.BookingId != e.BookingId)],
    };
}
