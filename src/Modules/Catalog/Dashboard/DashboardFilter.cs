using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Catalog.Dashboard;

/// <summary>The staff dashboard's filters as typed (query string of the API and of the page's GET form).</summary>
/// <param name="Type">An offering type's key, e.g. <c>experience-tour</c>; empty for all.</param>
/// <param name="From">The first day (<c>yyyy-MM-dd</c>, Berlin); empty for each chart's own start.</param>
/// <param name="To">The last day (<c>yyyy-MM-dd</c>, Berlin); empty for each chart's own end.</param>
internal sealed record DashboardQuery(string? Type = null, string? From = null, string? To = null);

/// <summary>
/// The staff dashboard's filters as applied: an offering type, and a period whose given bounds replace the bounds of each
/// chart's own window (bookings per week: the last 12 weeks; fill rate and no-shows: sessions started in the last 90 days;
/// waitlists: upcoming sessions; free seats: sessions in the next 30 days). Without dates every chart is as it always was.
/// Sessions count only as started (fill rate, no-shows) or upcoming (waitlists, free seats) as they are now.
/// </summary>
/// <param name="Type">The offering type shown, or null for all.</param>
/// <param name="From">The period's first day (Berlin), or null.</param>
/// <param name="To">The period's last day (Berlin), or null.</param>
internal sealed record DashboardFilter(string? Type, DateOnly? From, DateOnly? To)
{
    public const int MaxDays = 2 * 366;

    public static DashboardFilter None { get; } = new(null, null, null);

    /// <summary>The start of <see cref="From"/> in Berlin, or null.</summary>
    public DateTimeOffset? FromInstant => From is { } day ? Start(day) : null;

    /// <summary>The start of the day after <see cref="To"/> in Berlin (the period's exclusive end), or null.</summary>
    public DateTimeOffset? EndInstant => To is { } day ? Start(day.AddDays(1)) : null;

    /// <summary>Reads the typed filters; an unknown type, a date that is not one, a reversed or too long period is refused.</summary>
    public static Result<DashboardFilter> Read(DashboardQuery query, ISet<string> types, DateTimeOffset now)
    {
        var type = string.IsNullOrWhiteSpace(query.Type) ? null : query.Type.Trim();
        var (from, fromValid) = Day(query.From);
        var (to, toValid) = Day(query.To);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, UiText.Berlin).DateTime);
        // The weeks of the bookings chart run from the period's start (or 12 weeks back) to its end (or today).
        var firstWeekDay = from ?? (to ?? today).AddDays(-7 * (StaffDashboard.Weeks - 1));
        var errors = new FieldErrors()
            .When(type is not null && !types.Contains(type), "type", "catalog.dashboard.type-unknown")
            .When(!fromValid, "from", "catalog.dashboard.date-invalid")
            .When(!toValid, "to", "catalog.dashboard.date-invalid")
            .When(from is not null && to is not null && from > to, "to", "catalog.dashboard.to-before-from")
            .When(from is not null && (to ?? today).DayNumber - firstWeekDay.DayNumber > MaxDays, "from", "catalog.dashboard.period-too-long",
                TextArgs.Of(("years", MaxDays / 366)))
            .When(from is null && to is not null && to.Value.DayNumber - today.DayNumber > MaxDays, "to", "catalog.dashboard.period-too-long",
                TextArgs.Of(("years", MaxDays / 366)));
        return errors.Count > 0 ? Refusal.Invalid(errors) : new DashboardFilter(type, from, to);
    }

    /// <summary>A date as the API and the date field write it (<c>yyyy-MM-dd</c>).</summary>
    public static string Format(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static (DateOnly? Day, bool Valid) Day(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, true);
        }
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100
            ? (day, true)
            : (null, false);
    }

    private static DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, UiText.Berlin.GetUtcOffset(local)).ToUniversalTime();
    }
}
