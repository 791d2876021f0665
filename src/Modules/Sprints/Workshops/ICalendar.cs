using System.Globalization;
using System.Text;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>The calendar status of a workshop: a cancelled one is sent with METHOD:CANCEL.</summary>
internal enum CalendarStatus
{
    Confirmed,
    Tentative,
    Cancelled,
}

/// <summary>What a workshop's calendar entry shows.</summary>
internal sealed record CalendarEntry(
    Guid WorkshopId, int Sequence, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Summary, string? Location, CalendarStatus Status, DateTimeOffset Stamp);

/// <summary>
/// Writes one workshop as an RFC 5545 calendar: a stable UID per workshop, SEQUENCE raised with every change,
/// times in Europe/Berlin with its VTIMEZONE, CRLF lines folded at 75 octets and text escaped.
/// </summary>
internal static class ICalendar
{
    public const string TimeZoneId = "Europe/Berlin";

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static string Uid(Guid workshopId) => $"sprint-workshop-{workshopId:D}@kompetenzzentrum";

    public static string Write(CalendarEntry entry)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "PRODID:-//Mittelstand-Digital Kompetenzzentrum//Sprints//DE",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:" + (entry.Status == CalendarStatus.Cancelled ? "CANCEL" : "REQUEST"),
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
            "BEGIN:VEVENT",
            "UID:" + Uid(entry.WorkshopId),
            "SEQUENCE:" + entry.Sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + entry.Stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
            $"DTSTART;TZID={TimeZoneId}:{Local(entry.StartsAt)}",
            $"DTEND;TZID={TimeZoneId}:{Local(entry.EndsAt)}",
            "SUMMARY:" + Escape(entry.Summary),
        };
        if (!string.IsNullOrWhiteSpace(entry.Location))
        {
            lines.Add("LOCATION:" + Escape(entry.Location));
        }
        lines.Add("STATUS:" + entry.Status.ToString().ToUpperInvariant());
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }
        return text.ToString();
    }

    public static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Berlin).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

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
