using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Research.Dashboard;

/// <summary>The dashboard's filters from the query string: a period (days in Berlin), a federal state, a size class.</summary>
internal sealed record DashboardFilter(DateOnly From, DateOnly To, string? FederalState, string? SizeClass)
{
    public static IReadOnlyList<string> SizeClassKeys { get; } = ["micro", "small", "medium", "large"];

    public DateTimeOffset FromInstant => Start(From);

    public DateTimeOffset ToInstant => Start(To.AddDays(1));

    /// <summary>Reads the filters; a value that is not valid becomes an error of its field and the default applies.</summary>
    public static DashboardFilter Read(FormState state, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, UiText.Berlin).DateTime);
        var from = Day(state, "from") ?? today.AddMonths(-12).AddDays(1);
        var to = Day(state, "to") ?? today;
        if (from > to)
        {
            state.AddError("to", UiText.T("Das Ende liegt vor dem Beginn.", "The end is before the start."));
            (from, to) = (to, from);
        }
        if (to.DayNumber - from.DayNumber > 366 * 5)
        {
            state.AddError("from", UiText.T("Höchstens fünf Jahre auf einmal.", "At most five years at once."));
            from = to.AddYears(-5);
        }
        var region = state.Value("federalState");
        if (!string.IsNullOrEmpty(region) && !FederalStates.All.ContainsKey(region))
        {
            state.AddError("federalState", UiText.T("Unbekanntes Bundesland.", "Unknown federal state."));
            region = null;
        }
        var size = state.Value("sizeClass");
        if (!string.IsNullOrEmpty(size) && !SizeClassKeys.Contains(size))
        {
            state.AddError("sizeClass", UiText.T("Unbekannte Größenklasse.", "Unknown size class."));
            size = null;
        }
        return new DashboardFilter(from, to, string.IsNullOrEmpty(region) ? null : region, string.IsNullOrEmpty(size) ? null : size);
    }

    private static DateOnly? Day(FormState state, string field)
    {
        var raw = state.Value(field);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }
        state.AddError(field, UiText.T("Bitte ein Datum angeben.", "Please enter a date."));
        return null;
    }

    private static DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, UiText.Berlin.GetUtcOffset(local)).ToUniversalTime();
    }
}
