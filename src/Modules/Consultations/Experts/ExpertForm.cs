using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Consultations.Experts;

/// <summary>
/// The expert page's plain form (no script): a row per weekly window, per holiday range and per extra slot, each with a
/// "remove" box, and a few empty rows to add one. Read into the API's <see cref="ExpertEndpoints.Input"/>; a holiday range
/// becomes its days. Field names: <c>windowDay</c>/<c>windowFrom</c>/<c>windowTo</c>, <c>holidayFrom</c>/<c>holidayTo</c>,
/// <c>extraSlot</c>, repeated per row; <c>windowRemove</c>, <c>holidayRemove</c>, <c>extraRemove</c> carry the row's index.
/// </summary>
internal static class ExpertForm
{
    /// <summary>Empty rows shown under the filled ones, to add windows, holidays or slots.</summary>
    public const int BlankRows = 3;

    private const string Day = "yyyy-MM-dd";
    private const string Minute = "yyyy-MM-dd'T'HH:mm";

    public sealed record WindowRow(string Day, string From, string To, bool Removed);

    public sealed record HolidayRow(string From, string To, bool Removed);

    public sealed record ExtraRow(string Start, bool Removed);

    public static FormState From(ConsultationExpert? expert)
    {
        var state = FormState.Empty().With("slotMinutes", (expert?.SlotMinutes ?? 60).ToString(CultureInfo.InvariantCulture))
            .With("bufferMinutes", (expert?.BufferMinutes ?? 0).ToString(CultureInfo.InvariantCulture))
            .With("active", expert?.Active ?? true ? "true" : null);
        if (expert is null)
        {
            return state;
        }
        var windows = expert.Windows.OrderBy(w => ((int)w.Day + 6) % 7).ThenBy(w => w.From).ToList();
        var ranges = Ranges(expert.Holidays);
        return state.With("tags", string.Join(", ", expert.Tags)).With("videoLink", expert.VideoLink).With("place", expert.Place)
            .With("windowDay", windows.Select(w => w.Day.ToString().ToLowerInvariant()))
            .With("windowFrom", windows.Select(w => w.From.ToString("HH:mm", CultureInfo.InvariantCulture)))
            .With("windowTo", windows.Select(w => w.To.ToString("HH:mm", CultureInfo.InvariantCulture)))
            .With("holidayFrom", ranges.Select(r => r.From.ToString(Day, CultureInfo.InvariantCulture)))
            .With("holidayTo", ranges.Select(r => r.To.ToString(Day, CultureInfo.InvariantCulture)))
            .With("extraSlot", expert.ExtraSlots.Order().Select(s => s.ToString(Minute, CultureInfo.InvariantCulture)));
    }

    public static IReadOnlyList<WindowRow> Windows(FormState state) =>
        Rows(state, "windowRemove", ["windowDay", "windowFrom", "windowTo"], (v, removed) => new WindowRow(v[0], v[1], v[2], removed));

    public static IReadOnlyList<HolidayRow> Holidays(FormState state) =>
        Rows(state, "holidayRemove", ["holidayFrom", "holidayTo"], (v, removed) => new HolidayRow(v[0], v[1], removed));

    public static IReadOnlyList<ExtraRow> Extras(FormState state) =>
        Rows(state, "extraRemove", ["extraSlot"], (v, removed) => new ExtraRow(v[0], removed));

    /// <summary>The API's input from the posted form; what the form itself cannot read goes to <paramref name="problems"/>.</summary>
    public static ExpertEndpoints.Input Read(FormState state, FieldErrors problems)
    {
        var holidays = new List<DateOnly>();
        foreach (var row in Holidays(state).Where(r => !r.Removed))
        {
            var from = Date(string.IsNullOrWhiteSpace(row.From) ? row.To : row.From);
            var to = Date(string.IsNullOrWhiteSpace(row.To) ? row.From : row.To);
            if (from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > 400)
            {
                problems.Add(new FieldError("holidays", "consultations.expert.holiday-range"));
                continue;
            }
            for (var day = from.Value; day <= to; day = day.AddDays(1))
            {
                holidays.Add(day);
            }
        }
        var extras = new List<DateTime>();
        foreach (var row in Extras(state).Where(r => !r.Removed))
        {
            if (DateTime.TryParse(row.Start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                extras.Add(start);
                continue;
            }
            problems.Add(new FieldError("extraSlots", "consultations.expert.extra-slot"));
        }
        return new ExpertEndpoints.Input(
            (state.Value("tags") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Blank(state.Value("videoLink")), Blank(state.Value("place")),
            [.. Windows(state).Where(w => !w.Removed).Select(w => new ExpertEndpoints.WindowInput(w.Day, w.From, w.To))],
            holidays, extras, Number(state, "slotMinutes", problems), Number(state, "bufferMinutes", problems), state.Value("active") is "true");
    }

    private static List<T> Rows<T>(FormState state, string remove, string[] fields, Func<string[], bool, T> row)
    {
        var columns = fields.Select(state.Values).ToArray();
        var removed = state.Values(remove).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, columns.Max(c => c.Count))
            .Select(i => (Index: i, Values: columns.Select(c => i < c.Count ? c[i].Trim() : "").ToArray()))
            .Where(r => r.Values.Any(v => v.Length > 0))
            .Select(r => row(r.Values, removed.Contains(r.Index.ToString(CultureInfo.InvariantCulture))))
            .ToList();
    }

    private static List<(DateOnly From, DateOnly To)> Ranges(IEnumerable<DateOnly> days)
    {
        var ranges = new List<(DateOnly From, DateOnly To)>();
        foreach (var day in days.Distinct().Order())
        {
            if (ranges.Count > 0 && ranges[^1].To.AddDays(1) == day)
            {
                ranges[^1] = (ranges[^1].From, day);
                continue;
            }
            ranges.Add((day, day));
        }
        return ranges;
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, Day, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static int? Number(FormState state, string field, FieldErrors problems)
    {
        var text = state.Value(field);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        problems.Add(new FieldError(field, "consultations.expert.number"));
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
