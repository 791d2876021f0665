using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>Booking statuses in the user's language, for the pages.</summary>
internal static class BookingPageText
{
    /// <summary>A status as the API writes it (e.g. <c>waitlisted</c>), in words; with the waitlist place when waiting.</summary>
    public static string Status(ITexts texts, string status, int? waitlistPosition = null) => status switch
    {
        "confirmed" => texts.Get("catalog.bookings.status.confirmed"),
        "waitlisted" => waitlistPosition is { } place
            ? texts.Get("catalog.bookings.status.waitlisted-place", TextArgs.Of(("place", place)))
            : texts.Get("catalog.bookings.status.waitlisted"),
        "offered" => texts.Get("catalog.bookings.status.offered"),
        "cancelled" => texts.Get("catalog.bookings.status.cancelled"),
        "lapsed" => texts.Get("catalog.bookings.status.lapsed"),
        "attended" => texts.Get("catalog.bookings.status.attended"),
        "no-show" => texts.Get("catalog.bookings.status.no-show"),
        "completed" => texts.Get("catalog.bookings.status.completed"),
        "enrolled" => texts.Get("catalog.bookings.status.enrolled"),
        _ => status,
    };
}
