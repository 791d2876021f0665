namespace Kompetenzzentrum.Modules.Consultations.Experts;

/// <summary>A recurring window of an expert, in Europe/Berlin local time.</summary>
internal sealed record WeeklyWindow(DayOfWeek Day, TimeOnly From, TimeOnly To);

/// <summary>When an expert can be booked: weekly windows, holidays (no slots that day), single extra slots (local start).</summary>
internal sealed record Availability(
    IReadOnlyList<WeeklyWindow> Windows, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateTime> ExtraSlots, int SlotMinutes, int BufferMinutes);

/// <summary>One bookable hour (or whatever the slot length is), in UTC.</summary>
internal sealed record Slot(DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>
/// Turns an expert's availability into concrete slots. Pure: windows are local Berlin times, so a 09:00
/// window is 08:00 UTC in winter and 07:00 UTC in summer; a local time that does not exist (the spring
/// gap) yields no slot, an ambiguous one (the autumn repeat) takes the standard-time reading.
/// </summary>
internal static class SlotGenerator
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Slots starting in [<paramref name="from"/>, <paramref name="to"/>), ordered by start.</summary>
    public static IReadOnlyList<Slot> Generate(Availability availability, DateTimeOffset from, DateTimeOffset to)
    {
        var length = TimeSpan.FromMinutes(availability.SlotMinutes);
        var step = length + TimeSpan.FromMinutes(availability.BufferMinutes);
        var holidays = availability.Holidays.ToHashSet();
        var slots = new List<Slot>();
        var first = LocalDay(from).AddDays(-1);
        var last = LocalDay(to).AddDays(1);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (holidays.Contains(day))
            {
                continue;
            }
            foreach (var window in availability.Windows.Where(w => w.Day == day.DayOfWeek))
            {
                var end = day.ToDateTime(window.To);
                for (var start = day.ToDateTime(window.From); start + length <= end; start += step)
                {
                    if (ToSlot(start, length) is { } slot)
                    {
                        slots.Add(slot);
                    }
                }
            }
        }
        foreach (var extra in availability.ExtraSlots)
        {
            // An extra slot that overlaps a regular one adds nothing: the expert cannot hold both.
            if (ToSlot(extra, length) is { } slot && !slots.Any(s => s.StartsAt < slot.EndsAt && slot.StartsAt < s.EndsAt))
            {
                slots.Add(slot);
            }
        }
        return slots.Where(s => s.StartsAt >= from && s.StartsAt < to).OrderBy(s => s.StartsAt).ToList();
    }

    public static DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Berlin).DateTime);

    /// <summary>The quarter of the local start, e.g. <c>2026-Q4</c>; the per-organisation limit counts per quarter.</summary>
    public static string Quarter(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Berlin);
        return $"{local.Year}-Q{(local.Month - 1) / 3 + 1}";
    }

    private static Slot? ToSlot(DateTime local, TimeSpan length)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Berlin.IsInvalidTime(local))
        {
            return null;
        }
        var start = new DateTimeOffset(local, Berlin.GetUtcOffset(local)).ToUniversalTime();
        return new Slot(start, start + length);
    }
}
