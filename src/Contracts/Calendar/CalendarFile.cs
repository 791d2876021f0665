using System.Globalization;
using System.Text;

namespace Kompetenzzentrum.Contracts.Calendar;

/// <summary>The status of a calendar entry: a cancelled one is sent with METHOD:CANCEL.</summary>
public enum CalendarStatus
{
    /// <summary>It takes place as shown.</summary>
    Confirmed,

    /// <summary>Not certain yet (e.g. a waitlisted booking).</summary>
    Tentative,

    /// <summary>Called off: calendars remove the entry.</summary>
    Cancelled,
}

/// <summary>What a calendar entry (a booking, a consultation, a workshop ...) shows.</summary>
/// <param name="Uid">Stable id of the entry across all its changes, e.g. <c>consultation-{id}@kompetenzzentrum</c>.</param>
/// <param name="Sequence">Raised with every change, so calendars replace the older version.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="EndsAt">End.</param>
/// <param name="Summary">Title shown in the calendar.</param>
/// <param name="Location">Place or video link, if any.</param>
/// <param name="Status">Confirmed, tentative or cancelled.</param>
/// <param name="Stamp">When this version was written.</param>
public sealed record CalendarEntry(
    string Uid,
    int Sequence,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Summary,
    string? Location,
    CalendarStatus Status,
    DateTimeOffset Stamp);

/// <summary>
/// Writes one entry as an RFC 5545 calendar (an invitation attached to a mail): the entry's stable UID,
/// SEQUENCE raised with every change, times in Europe/Berlin with its VTIMEZONE, METHOD:CANCEL when
/// cancelled, CRLF lines folded at 75 octets and text escaped.
/// </summary>
public static class CalendarFile
{
    /// <summary>The time zone every entry is written in.</summary>
    public const string TimeZoneId = "Europe/Berlin";

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The calendar text of <paramref name="entry"/>; <paramref name="product"/> names the writing module in PRODID.</summary>
    public static string Write(CalendarEntry entry, string product)
    {
        var lines = Header(product, entry.Status == CalendarStatus.Cancelled ? "CANCEL" : "REQUEST");
        AddEvent(lines, entry);
        return Text(lines);
    }

    /// <summary>
    /// A subscribed calendar (METHOD:PUBLISH) named <paramref name="name"/> with every entry: calendars that
    /// poll it move an entry whose times changed and drop one whose status is cancelled.
    /// </summary>
    public static string WriteFeed(string name, IEnumerable<CalendarEntry> entries, string product)
    {
        var lines = Header(product, "PUBLISH");
        lines.Insert(5, "X-WR-CALNAME:" + Escape(name));
        lines.Insert(6, "X-WR-TIMEZONE:" + TimeZoneId);
        lines.Insert(7, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        lines.Insert(8, "X-PUBLISHED-TTL:PT1H");
        foreach (var entry in entries)
        {
            AddEvent(lines, entry);
        }
        return Text(lines);
    }

    private static List<string> Header(string product, string method) =>
    [
        "BEGIN:VCALENDAR",
        "PRODID:-//Mittelstand-Digital Kompetenzzentrum//" + product + "//DE",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:" + method,
        "BEGIN:VTIMEZONE",
        "TZID:" + TimeZoneId,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    private static void AddEvent(List<string> lines, CalendarEntry entry)
    {
        lines.Add("BEGIN:VEVENT");
        lines.Add("UID:" + entry.Uid);
        lines.Add("SEQUENCE:" + entry.Sequence.ToString(CultureInfo.InvariantCulture));
        lines.Add("DTSTAMP:" + entry.Stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        lines.Add($"DTSTART;TZID={TimeZoneId}:{Local(entry.StartsAt)}");
        lines.Add($"DTEND;TZID={TimeZoneId}:{Local(entry.EndsAt)}");
        lines.Add("SUMMARY:" + Escape(entry.Summary));
        if (!string.IsNullOrWhiteSpace(entry.Location))
        {
            lines.Add("LOCATION:" + Escape(entry.Location));
        }
        lines.Add("STATUS:" + entry.Status.ToString().ToUpperInvariant());
        lines.Add("END:VEVENT");
    }

    private static string Text(List<string> lines)
    {
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }
        return text.ToString();
    }

    /// <summary>A time as local Berlin time in iCalendar's form (<c>yyyyMMddTHHmmss</c>).</summary>
    public static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Berlin).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for an iCalendar TEXT value (backslash, semicolon, comma, line breaks).</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets continue on the next line after a space, never splitting a UTF-8 character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}
