using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog;

/// <summary>Statuses inside a refusal's text, looked up in the request's language like the text around them.</summary>
internal static class RefusalWords
{
    /// <summary>A booking's status as a predicate ("The booking is already …"): <c>catalog.seat-is.*</c>.</summary>
    public static TextCode Seat(SeatStatus status) => new("catalog.seat-is." + status.Text());

    /// <summary>An offering's status as a predicate ("The offering is …"): <c>catalog.offering-is.*</c>.</summary>
    public static TextCode Offering(string status) => new("catalog.offering-is." + status);
}
