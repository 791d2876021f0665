using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Web;
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
internal static class AttendanceRules
{
    public static Decision Record(SessionState session, CatalogEntry offering, Guid bookingId, int? attended, DateTimeOffset now)
    {
        if (session.Find(bookingId) is not { } booking)
        {
            return Decision.Reject(RejectionKind.NotFound, "Diese Buchung gibt es in diesem Termin nicht.", "No such booking in this session.");
        }
        if (now < session.StartsAt)
        {
            return Decision.Reject(RejectionKind.Conflict,
                $"Der Termin beginnt am {RefusalWords.TimeDe(session.StartsAt)}; die Teilnahme wird erfasst, sobald er begonnen hat.",
                $"The session starts on {RefusalWords.TimeEn(session.StartsAt)}; attendance is recorded once it has started.");
        }
        if (attended is not { } count || count < 0 || count > booking.Seats)
        {
            return Decision.Reject(RejectionKind.Invalid, $"Wie viele der {booking.Seats} angemeldeten Personen kamen (0, wenn niemand kam)?",
                $"How many of the booking's {booking.Seats} attendees came (0 for a no-show).", "attended");
        }
        if (booking.Status == SeatStatus.Completed)
        {
            return Decision.Reject(RejectionKind.Conflict, "Die Teilnahme ist schon abgeschlossen; ihre Anwesenheit steht fest.",
                "The participation is already completed; its attendance is final.");
        }
        if (booking.Status is not (SeatStatus.Confirmed or SeatStatus.Attended or SeatStatus.NoShow))
        {
            return Decision.Reject(RejectionKind.Conflict, $"Nur bestätigte Buchungen nehmen teil; diese ist {RefusalWords.SeatDe(booking.Status)}.",
                $"Only confirmed bookings take part; this one is {booking.Status.Text()}.");
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
            return Decision.Reject(RejectionKind.NotFound, "Diese Buchung gibt es in diesem Termin nicht.", "No such booking in this session.");
        }
        return booking.Status switch
        {
            SeatStatus.Completed => Decision.Accept(),
            SeatStatus.Attended => Decision.Accept(
                new ParticipationCompleted(booking.BookingId, session.Id, offering.Id, offering.OfferingType, offering.Topics, booking.OrganisationId, now),
                new BookingCompleted(booking.BookingId, session.Id, now)),
            SeatStatus.NoShow => Decision.Reject(RejectionKind.Conflict, "Niemand ist erschienen; ohne Teilnahme gibt es keinen Abschluss.", "Nobody attended; a no-show cannot be completed."),
            _ => Decision.Reject(RejectionKind.Conflict, "Erfassen Sie zuerst die Teilnahme.", "Record the booking's attendance first."),
        };
    }
}
