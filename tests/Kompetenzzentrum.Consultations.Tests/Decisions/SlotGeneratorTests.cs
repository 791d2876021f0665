using Kompetenzzentrum.Modules.Consultations.Experts;

namespace Kompetenzzentrum.Consultations.Tests.Decisions;

public sealed class SlotGeneratorTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private static Availability Mondays(int slot = 60, int buffer = 0, DateOnly[]? holidays = null, DateTime[]? extra = null) =>
        new([new WeeklyWindow(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0))], holidays ?? [], extra ?? [], slot, buffer);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static IReadOnlyList<Slot> Week(Availability a, DateOnly monday) =>
        SlotGenerator.Generate(a, new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1),
            new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(6));

    [Fact]
    public void Given_a_three_hour_window_in_winter_Then_three_hour_slots_start_at_local_nine_ten_eleven()
    {
        var slots = Week(Mondays(), Monday);

        Assert.Equal([Utc(11, 30, 8), Utc(11, 30, 9), Utc(11, 30, 10)], slots.Select(s => s.StartsAt));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.EndsAt - s.StartsAt));
    }

    [Fact]
    public void Given_a_buffer_Then_slots_are_spaced_and_none_runs_past_the_window()
    {
        var slots = Week(Mondays(slot: 60, buffer: 30), Monday);

        // 09:00-10:00, 10:30-11:30; 12:00 would end at 13:00, past the window.
        Assert.Equal([Utc(11, 30, 8), Utc(11, 30, 9, 30)], slots.Select(s => s.StartsAt));
    }

    [Fact]
    public void Given_a_holiday_Then_that_day_has_no_slots_but_the_next_week_does()
    {
        var slots = SlotGenerator.Generate(Mondays(holidays: [Monday]), Utc(11, 29, 0), Utc(12, 8, 0));

        Assert.DoesNotContain(slots, s => s.StartsAt.Day == 30);
        Assert.Equal(3, slots.Count(s => s.StartsAt.Month == 12 && s.StartsAt.Day == 7));
    }

    [Fact]
    public void Given_an_extra_slot_Then_it_is_added_unless_it_overlaps_a_regular_one()
    {
        var extra = new DateTime(2026, 12, 2, 14, 0, 0);
        var overlapping = new DateTime(2026, 11, 30, 9, 30, 0);

        var slots = Week(Mondays(extra: [extra, overlapping]), Monday);

        Assert.Contains(slots, s => s.StartsAt == Utc(12, 2, 13));
        Assert.DoesNotContain(slots, s => s.StartsAt == Utc(11, 30, 8, 30));
        Assert.Equal(4, slots.Count);
    }

    [Fact]
    public void Given_the_switch_to_summer_time_Then_local_nine_moves_from_eight_to_seven_utc()
    {
        var before = Week(Mondays(), new DateOnly(2026, 3, 23));
        var after = Week(Mondays(), new DateOnly(2026, 3, 30));

        Assert.Equal(Utc(3, 23, 8), before[0].StartsAt);
        Assert.Equal(Utc(3, 30, 7), after[0].StartsAt);
    }

    [Fact]
    public void Given_a_window_in_the_spring_gap_Then_the_missing_local_hour_has_no_slot()
    {
        var sunday = new Availability([new WeeklyWindow(DayOfWeek.Sunday, new TimeOnly(1, 0), new TimeOnly(4, 0))], [], [], 60, 0);

        var slots = SlotGenerator.Generate(sunday, Utc(3, 28, 12), Utc(3, 29, 12));

        // 01:00 CET and 03:00 CEST exist, 02:00 does not on 29 March 2026.
        Assert.Equal([Utc(3, 29, 0), Utc(3, 29, 1)], slots.Select(s => s.StartsAt));
    }

    [Fact]
    public void Quarters_follow_the_local_date()
    {
        Assert.Equal("2026-Q4", SlotGenerator.Quarter(Utc(12, 31, 22, 30)));
        Assert.Equal("2027-Q1", SlotGenerator.Quarter(Utc(12, 31, 23, 30)));
    }
}
