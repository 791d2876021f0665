using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Attendance;

/// <summary>
/// The booking's participation was completed. The public <see cref="ParticipationCompleted"/> is appended
/// with it; the session's state follows this private event because other modules raise the public one on
/// streams of their own, which the session projection must not try to apply.
/// </summary>
internal sealed record BookingCompleted(Guid BookingId, Guid SessionId, DateTimeOffset CompletedAt);

/// <summary>
/// Pure rules for what happens at and after a session: staff record per booking how many attendees came
/// (zero is a no-show), and complete an attended participation. Both only once the session has started.
/// </summary>
internal static class AttendanceDecider
{
    public static Decision Record(SessionState session, CatalogEntry offering, Guid bookingId, int? attended, DateTimeOffset now)
    {
        if (session.Find(bookingId) is not { } booking)
        {
            return Refusal.NotFound("catalog.booking-not-found");
        }
        if (now < session.StartsAt)
        {
            return Refusal.Conflict("catalog.attendance-before-start", TextArgs.Of(("startsAt", session.StartsAt)));
        }
        if (attended is not { } count || count < 0 || count > booking.Seats)
        {
            return Refusal.Invalid("attended", "catalog.attended-count", TextArgs.Of(("count", booking.Seats)));
        }
        if (booking.Status == SeatStatus.Completed)
        {
            return Refusal.Conflict("catalog.participation-final");
        }
        if (booking.Status is not (SeatStatus.Confirmed or SeatStatus.Attended or SeatStatus.NoShow))
        {
            return Refusal.Conflict("catalog.attendance-needs-confirmed", TextArgs.Of(("status", RefusalWords.Seat(booking.Status))));
        }
        if (booking.Attended == count)
        {
            return Decision.Accept(); // recorded like this already: a repeated click changes nothing
        }
        return Decision.Accept(new AttendanceRecorded(booking.BookingId, session.Id, offering.Id, offering.OfferingType, offering.Topics,
            booking.OrganisationId, count, booking.Seats - count, now));
    }

    /// <summary>
    /// Records the attendance of several bookings at once (the list's one submit): all of them, or none when one is refused;
    /// the refusal then names the booking's field (<c>attended-{bookingId}</c>).
    /// </summary>
    public static Decision RecordAll(
        SessionState session, CatalogEntry offering, IReadOnlyList<(Guid BookingId, int? Attended)> entries, DateTimeOffset now)
    {
        var events = new List<object>();
        var state = session;
        foreach (var (bookingId, attended) in entries)
        {
            var decision = Record(state, offering, bookingId, attended, now);
            if (decision.Refused is { } refused)
            {
                return refused.Fields.Count == 0
                    ? refused
                    : Refusal.Invalid(refused.Fields.Select(f => f with { Field = $"attended-{bookingId:D}" }));
            }
            events.AddRange(decision.Events);
            state = decision.Events.Aggregate(state, (s, e) => s.Evolve(e));
        }
        return Decision.Accept([.. events]);
    }

    public static Decision Complete(SessionState session, CatalogEntry offering, Guid bookingId, DateTimeOffset now)
    {
        if (session.Find(bookingId) is not { } booking)
        {
            return Refusal.NotFound("catalog.booking-not-found");
        }
        return booking.Status switch
        {
            SeatStatus.Completed => Decision.Accept(),
            SeatStatus.Attended => Decision.Accept(
                new ParticipationCompleted(
                    booking.BookingId, session.Id, offering.Id, offering.OfferingType, offering.Topics, booking.OrganisationId, now),
                new BookingCompleted(booking.BookingId, session.Id, now)),
            SeatStatus.NoShow => Refusal.Conflict("catalog.no-show-not-completable"),
            _ => Refusal.Conflict("catalog.record-attendance-first"),
        };
    }
}
