using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog;

/// <summary>Why a command was refused; each kind maps to one HTTP status.</summary>
internal enum RejectionKind
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>
/// A refused command: what kind of refusal, the field it concerns (for 400s) and why, in German and English. The
/// answer shows the reason in the request's language (<see cref="Message"/>): German on German pages, English on
/// the API unless the client asks for German.
/// </summary>
internal sealed record Rejection(RejectionKind Kind, LocalizedText Reason, string? Field = null)
{
    public Rejection(RejectionKind kind, string german, string english, string? field = null)
        : this(kind, new LocalizedText(german, english), field)
    {
    }

    /// <summary>The reason in the current request's language.</summary>
    public string Message => Reason.For(CultureInfo.CurrentUICulture);

    public int Status => Kind switch
    {
        RejectionKind.Invalid => 400,
        RejectionKind.NotFound => 404,
        RejectionKind.Forbidden => 403,
        _ => 409,
    };

    /// <summary>The same refusal with words around its reason, e.g. which item of a package it concerns.</summary>
    public Rejection Around(string germanBefore, string englishBefore, string germanAfter = "", string englishAfter = "") =>
        this with { Reason = new($"{germanBefore}{Reason.De}{germanAfter}", $"{englishBefore}{Reason.En}{englishAfter}") };
}

/// <summary>
/// The outcome of a pure decision: the events to append, or the reason for refusing. Decisions never
/// read the clock or the database; the endpoint passes state, command and time in.
/// </summary>
internal sealed record Decision(IReadOnlyList<object> Events, Rejection? Rejected)
{
    public bool IsRejected => Rejected is not null;

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Reject(RejectionKind kind, string german, string english, string? field = null) =>
        new([], new Rejection(kind, german, english, field));
}

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
