using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// A booking as a calendar entry, the same in the downloaded file and in a subscribed feed: one UID per booking,
/// SEQUENCE from the booking's changes, tentative while waiting, cancelled once it ended without taking place.
/// </summary>
internal static class BookingCalendar
{
    public static CalendarEntry Entry(SessionBooking booking, SessionSeats session, CatalogEntry offering, DateTimeOffset stamp) =>
        new($"{booking.BookingId:D}@kompetenzzentrum", booking.Sequence, session.StartsAt, session.EndsAt, Title(offering),
            offering.Place ?? offering.Link, Status(booking.Status), stamp);

    public static string Title(CatalogEntry offering) => offering.Language == "en" ? offering.Title.En : offering.Title.De;

    private static CalendarStatus Status(SeatStatus status) => status switch
    {
        SeatStatus.Cancelled or SeatStatus.Lapsed or SeatStatus.Rejected => CalendarStatus.Cancelled,
        SeatStatus.Waitlisted or SeatStatus.Offered or SeatStatus.Pending => CalendarStatus.Tentative,
        _ => CalendarStatus.Confirmed,
    };
}
