using System.Text;
using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// A booking as a calendar entry, the same in the downloaded file and in a subscribed feed: one UID per booking,
/// SEQUENCE from the booking's and its session's changes, tentative while waiting, cancelled once it ended without taking place.
/// </summary>
internal static class BookingCalendar
{
    public static CalendarEntry Entry(SessionBooking booking, SessionSeats session, CatalogEntry offering, DateTimeOffset stamp) =>
        new(Uid(booking), Sequence(booking, session), session.StartsAt, session.EndsAt, Title(offering),
            offering.Place ?? offering.Link, Status(booking.Status), stamp);

    /// <summary>The entry as a mail's calendar file: METHOD:CANCEL when it is cancelled, REQUEST otherwise.</summary>
    public static MailAttachment Attachment(CalendarEntry entry)
    {
        var method = entry.Status == CalendarStatus.Cancelled ? "CANCEL" : "REQUEST";
        return new("booking.ics", $"text/calendar; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(CalendarFile.Write(entry, "Catalog")));
    }

    public static string Uid(SessionBooking booking) => $"{booking.BookingId:D}@kompetenzzentrum";

    /// <summary>
    /// The entry's SEQUENCE: the booking's own changes plus the session's (moved, cancelled), so a moved session raises it
    /// in the mailed file and in every feed alike. Both only grow, so the sum does.
    /// </summary>
    public static int Sequence(SessionBooking booking, SessionSeats session) => booking.Sequence + session.Changes;

    public static string Title(CatalogEntry offering) => offering.Language == "en" ? offering.Title.En : offering.Title.De;

    private static CalendarStatus Status(SeatStatus status) => status switch
    {
        SeatStatus.Cancelled or SeatStatus.Lapsed or SeatStatus.Rejected => CalendarStatus.Cancelled,
        SeatStatus.Waitlisted or SeatStatus.Offered or SeatStatus.Pending => CalendarStatus.Tentative,
        _ => CalendarStatus.Confirmed,
    };
}
