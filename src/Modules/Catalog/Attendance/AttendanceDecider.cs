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
