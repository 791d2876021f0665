using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>Booking statuses in the user's language, for the pages.</summary>
internal static class BookingPageText
{
    /// <summary>A status as the API writes it (e.g. <c>waitlisted</c>), in words; with the waitlist place when waiting.</summary>
    public static string Status(string status, int? waitlistPosition = null) => status switch
    {
        "confirmed" => UiText.T("Bestätigt", "Confirmed"),
        "waitlisted" => waitlistPosition is { } place ? UiText.T($"Warteliste, Platz {place}", $"Waitlist, place {place}") : UiText.T("Warteliste", "Waitlist"),
        "offered" => UiText.T("Platz angeboten", "Seat offered"),
        "cancelled" => UiText.T("Abgesagt", "Cancelled"),
        "lapsed" => UiText.T("Angebot verfallen", "Offer lapsed"),
        "attended" => UiText.T("Teilgenommen", "Attended"),
        "no-show" => UiText.T("Nicht erschienen", "No-show"),
        "completed" => UiText.T("Abgeschlossen", "Completed"),
        "enrolled" => UiText.T("Eingeschrieben", "Enrolled"),
        _ => status,
    };
}
