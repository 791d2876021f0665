using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Research.Dashboard;

/// <summary>The dashboard's filters from the query string: a period (days in Berlin), a federal state, a size class.</summary>
internal sealed record DashboardFilter(DateOnly From, DateOnly To, string? FederalState, string? SizeClass)
{
    public static IReadOnlyList<string> SizeClassKeys { get; } = ["micro", "small", "medium", "large"];

    public DateTimeOffset FromInstant => Start(From);

    public DateTimeOffset ToInstant => Start(To.AddDays(1));

    /// <summary>
    /// Reads the filters; a value that is not valid becomes an error of its field (in the request's language) and the
    /// default applies.
    /// </summary>
    public static DashboardFilter Read(FormState state, DateTimeOffset now, ITexts texts)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, UiText.Berlin).DateTime);
        var from = Day(state, "from", texts) ?? today.AddMonths(-12).AddDays(1);
        var to = Day(state, "to", texts) ?? today;
        if (from > to)
        {
            state.AddError("to", texts.Get("research.dashboard.end-before-start"));
            (from, to) = (to, from);
        }
        if (to.DayNumber - from.DayNumber > 366 * 5)
        {
            state.AddError("from", texts.Get("research.dashboard.at-most-five-years"));
            from = to.AddYears(-5);
        }
        var region = state.Value("federalState");
        if (!string.IsNullOrEmpty(region) && !FederalStates.All.ContainsKey(region))
        {
            state.AddError("federalState", texts.Get("research.dashboard.federal-state-unknown"));
            region = null;
        }
        var size = state.Value("sizeClass");
        if (!string.IsNullOrEmpty(size) && !SizeClassKeys.Contains(size))
        {
            state.AddError("sizeClass", texts.Get("research.dashboard.size-class-unknown"));
            size = null;
        }
        return new DashboardFilter(from, to, string.IsNullOrEmpty(region) ? null : region, string.IsNullOrEmpty(size) ? null : size);
    }

    private static DateOnly? Day(FormState state, string field, ITexts texts)
    {
        var raw = state.Value(field);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }
        state.AddError(field, texts.Get("research.dashboard.date-required"));
        return null;
    }

    private static DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, UiText.Berlin.GetUtcOffset(local)).ToUniversalTime();
    }
}
