using System.Globalization;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>
/// The period a funder report covers: <c>period=2026-Q3</c> (a quarter), <c>2026</c> (a year) or <c>term</c> (the program's
/// whole term), or <c>from</c>/<c>to</c> days (inclusive); nothing given means the term. Pure: the term is passed in.
/// </summary>
internal static partial class ReportPeriod
{
    public static Result<(DateOnly From, DateOnly To)> Decide(string? period, string? from, string? to, DateOnly termStarts, DateOnly termEnds)
    {
        var hasPeriod = !string.IsNullOrWhiteSpace(period);
        var hasDates = !string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to);
        if (hasPeriod && hasDates)
        {
            return Refusal.Invalid("period", "research.funder.period-or-dates");
        }
        if (hasPeriod)
        {
            if (Named(period!.Trim(), termStarts, termEnds) is { } named)
            {
                return named;
            }
            return Refusal.Invalid("period", "research.funder.period-invalid");
        }
        if (!hasDates)
        {
            return (termStarts, termEnds);
        }
        var hasFrom = Day(from, out var start);
        var hasTo = Day(to, out var end);
        var errors = new FieldErrors()
            .When(!hasFrom, "from", "research.report.date-required")
            .When(!hasTo, "to", "research.report.date-required")
            .When(hasFrom && hasTo && end < start, "to", "research.report.to-before-from");
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        return (start, end);
    }

    private static (DateOnly, DateOnly)? Named(string period, DateOnly termStarts, DateOnly termEnds)
    {
        if (period == "term")
        {
            return (termStarts, termEnds);
        }
        var match = Pattern().Match(period);
        if (!match.Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["quarter"].Success)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        var first = new DateOnly(year, (int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }

    private static bool Day(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    [GeneratedRegex("^(?<year>(19|20)[0-9]{2})(-Q(?<quarter>[1-4]))?$")]
    private static partial Regex Pattern();
}
