using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Keeps <see cref="SessionState"/> in step with the session stream, inline in the same transaction as the
/// events, so the booking endpoint reads seats taken and the waitlist without replaying the stream.
/// </summary>
internal sealed partial class SessionStateProjection : SingleStreamProjection<SessionState, Guid>
{
    public static SessionState Create(SessionScheduled e) => SessionState.Start(e);

    public static SessionState Apply(BookingConfirmed e, SessionState state) => state.Evolve(e);

    public static SessionState Apply(BookingWaitlisted e, SessionState state) => state.Evolve(e);

    public static SessionState Apply(BookingCancelled e, SessionState state) => state.Evolve(e);

    public static SessionState Apply(BookingRequested e, SessionState state) => state.Evolve(e);

    public static SessionState Apply(BookingRejected e, SessionState state) => state.Evolve(e);

    public static SessionState Apply(SeatOffered e, SessionState state) => state.Evolve(e);

    public static SessionState Apply(SeatOfferLapsed e, SessionState state) => state.Evolve(e);

    public static SessionState Apply(AttendanceRecorded e, SessionState state) => state.Evolve(e);

    // Not ParticipationCompleted: sprints and consultations raise it on streams of their own.
    public static SessionState Apply(BookingCompleted e, SessionState state) => state.Evolve(e);
}
