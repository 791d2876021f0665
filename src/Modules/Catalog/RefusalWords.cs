using System.Globalization;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog;

/// <summary>Instants and statuses in a refusal's two texts, independent of the request's language.</summary>
internal static class RefusalWords
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string TimeDe(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, UiText.Berlin).ToString("d. MMMM yyyy 'um' HH:mm 'Uhr'", German);

    public static string TimeEn(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, UiText.Berlin).ToString("d MMMM yyyy 'at' HH:mm 'Berlin time'", English);

    /// <summary>A booking's status as a German predicate ("Die Buchung ist …").</summary>
    public static string SeatDe(SeatStatus status) => status switch
    {
        SeatStatus.Confirmed => "bestätigt",
        SeatStatus.Waitlisted => "auf der Warteliste",
        SeatStatus.Offered => "angeboten",
        SeatStatus.Cancelled => "abgesagt",
        SeatStatus.Lapsed => "verfallen",
        SeatStatus.Attended => "als teilgenommen erfasst",
        SeatStatus.NoShow => "als nicht erschienen erfasst",
        SeatStatus.Completed => "abgeschlossen",
        SeatStatus.Pending => "in Prüfung",
        _ => "abgelehnt",
    };

    /// <summary>An offering's status as a German predicate ("Das Angebot ist …").</summary>
    public static string OfferingDe(string status) => status switch
    {
        OfferingStatus.Draft => "noch ein Entwurf",
        OfferingStatus.Archived => "archiviert",
        _ => "veröffentlicht",
    };
}
