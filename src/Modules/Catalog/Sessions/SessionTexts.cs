using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>How the back office names a booking's seat status, in words (never by colour alone).</summary>
internal static class SessionTexts
{
    public static string Status(ITexts texts, SessionBooking booking) => booking.Status switch
    {
        SeatStatus.Confirmed => texts.Get("catalog.bookings.status.confirmed"),
        SeatStatus.Waitlisted => texts.Get("catalog.bookings.status.waitlisted"),
        SeatStatus.Offered => booking.OfferExpiresAt is { } until
            ? texts.Get("catalog.sessions.status.offered-until", TextArgs.Of(("until", until)))
            : texts.Get("catalog.bookings.status.offered"),
        SeatStatus.Cancelled => texts.Get("catalog.sessions.status.cancelled"),
        SeatStatus.Lapsed => texts.Get("catalog.bookings.status.lapsed"),
        SeatStatus.Attended => texts.Get("catalog.sessions.status.attended", TextArgs.Of(("attended", booking.Attended), ("seats", booking.Seats))),
        SeatStatus.NoShow => texts.Get("catalog.bookings.status.no-show"),
        SeatStatus.Completed => texts.Get("catalog.bookings.status.completed"),
        _ => booking.Status.ToString(),
    };

    public static string Badge(SeatStatus status) => status switch
    {
        SeatStatus.Confirmed or SeatStatus.Attended or SeatStatus.Completed => "badge ok",
        SeatStatus.Waitlisted or SeatStatus.Offered => "badge warn",
        _ => "badge",
    };

    /// <summary>A short reference to a booking organisation whose name is unknown (erased, or no organisations module).</summary>
    public static string Organisation(Guid organisationId) => organisationId.ToString("N")[..8];
}
