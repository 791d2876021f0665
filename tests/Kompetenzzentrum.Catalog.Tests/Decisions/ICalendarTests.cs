using System.Text;
using Ical.Net;
using Kompetenzzentrum.Contracts.Calendar;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

public sealed class ICalendarTests
{
    private static readonly Guid BookingId = Guid.Parse("0190f3c4-0000-7000-8000-000000000001");

    private static CalendarEntry Entry(CalendarStatus status = CalendarStatus.Confirmed, int sequence = 0, string summary = "Erlebnistour") => new(
        $"{BookingId:D}@kompetenzzentrum", sequence,
        new DateTimeOffset(2026, 7, 1, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero),
        summary, "Cottbus; Halle 2", status, new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Given_a_summer_booking_When_written_Then_a_calendar_library_reads_uid_sequence_and_berlin_times()
    {
        var text = CalendarFile.Write(Entry(sequence: 3), "Catalog");

        var calendar = Calendar.Load(text)!;
        var vevent = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal($"{BookingId:D}@kompetenzzentrum", vevent.Uid);
        Assert.Equal(3, vevent.Sequence);
        Assert.Equal("Cottbus; Halle 2", vevent.Location);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20260701T090000\r\n", text, StringComparison.Ordinal); // CEST: UTC+2
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n", text, StringComparison.Ordinal);
        Assert.Contains("PRODID:", text, StringComparison.Ordinal);
        Assert.Contains("VERSION:2.0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_cancelled_booking_When_written_Then_the_method_is_cancel_with_the_same_uid()
    {
        var calendar = Calendar.Load(CalendarFile.Write(Entry(CalendarStatus.Cancelled, 2), "Catalog"))!;

        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal($"{BookingId:D}@kompetenzzentrum", calendar.Events.Single().Uid);
        Assert.Equal(2, calendar.Events.Single().Sequence);
    }

    [Fact]
    public void Given_a_long_umlaut_summary_When_written_Then_lines_fold_within_75_octets_and_unfold_to_the_original()
    {
        var summary = string.Concat(Enumerable.Repeat("Künstliche Intelligenz für Öfen, ", 6));

        var text = CalendarFile.Write(Entry(summary: summary), "Catalog");

        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Equal(summary, Calendar.Load(text)!.Events.Single().Summary);
    }
}
