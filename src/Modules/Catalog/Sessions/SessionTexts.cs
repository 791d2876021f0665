using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>How the back office names a booking's seat status, in words (never by colour alone).</summary>
internal static class SessionTexts
{
    public static string Status(SessionBooking booking) => booking.Status switch
    {
        SeatStatus.Confirmed => UiText.T("Bestätigt", "Confirmed"),
        SeatStatus.Waitlisted => UiText.T("Warteliste", "Waitlist"),
        SeatStatus.Offered => booking.OfferExpiresAt is { } until
            ? UiText.T($"Platz angeboten bis {UiText.When(until)}", $"Seat offered until {UiText.When(until)}")
            : UiText.T("Platz angeboten", "Seat offered"),
        SeatStatus.Cancelled => UiText.T("Storniert", "Cancelled"),
        SeatStatus.Lapsed => UiText.T("Angebot verfallen", "Offer lapsed"),
        SeatStatus.Attended => UiText.T($"Teilgenommen ({booking.Attended} von {booking.Seats})", $"Attended ({booking.Attended} of {booking.Seats})"),
        SeatStatus.NoShow => UiText.T("Nicht erschienen", "No-show"),
        SeatStatus.Completed => UiText.T("Abgeschlossen", "Completed"),
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
