using System.Globalization;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>Turns raw figures into the report model: top five topics per segment, suppression everywhere.</summary>
internal static class NeedsReportBuilder
{
    public const int TopicsPerSegment = 5;

    public static NeedsReportModel Build(DateOnly from, DateOnly to, DateOnly previousFrom, NeedsReportFigures figures)
    {
        var segments = figures.TopicsBySegment
            .Where(r => !Suppression.Hides(r.Organisations))
            .GroupBy(r => r.Segment)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var top = g.OrderByDescending(r => r.Organisations).ThenBy(r => r.Topic, StringComparer.Ordinal).Take(TopicsPerSegment).ToList();
                var max = top.Max(r => r.Organisations);
                return new SegmentTopics(g.Key, top.Select(r => new TopicBar(r.Topic, Suppression.Count(r.Organisations, max))).ToList());
            })
            .ToList();

        var changes = figures.TopicChanges
            .OrderByDescending(r => r.Now).ThenBy(r => r.Topic, StringComparer.Ordinal)
            .Select(r => new TopicChange(r.Topic, Suppression.Count(r.Now), Suppression.Count(r.Before),
                Suppression.Hides(r.Now) || Suppression.Hides(r.Before) ? Suppression.Dash : Percent(r.Now, r.Before)))
            .ToList();

        var maturity = figures.Maturity
            .OrderBy(r => r.Group, StringComparer.Ordinal)
            .Select(r => new MaturityChange(r.Group, Suppression.Count(r.Organisations), Suppression.Number(r.T0, r.Organisations),
                Suppression.Number(r.T1, r.Organisations), Suppression.Hides(r.Organisations) ? Suppression.Dash : Suppression.Signed(r.T1 - r.T0)))
            .ToList();

        var satisfaction = figures.Satisfaction
            .OrderBy(r => r.Format, StringComparer.Ordinal)
            .Select(r => new SatisfactionRow(
                r.Format,
                Suppression.Count(r.Organisations),
                Suppression.Number(r.Satisfaction, r.Organisations, "0.00"),
                Suppression.Number(r.Usefulness, r.Organisations, "0.00"),
                Suppression.Number(r.Nps, r.Organisations, "0"),
                Suppression.Hides(r.Organisations) ? 0 : Math.Round(r.Satisfaction / 5 * 100, 1)))
            .ToList();

        var funnel = figures.Funnel
            .OrderBy(r => r.OfferingType, StringComparer.Ordinal)
            .Select(r =>
            {
                var max = new[] { r.Viewed, r.Booked, r.Attended, r.Completed }.Max();
                return new FunnelRow(r.OfferingType, Suppression.Count(r.Viewed, max), Suppression.Count(r.Booked, max),
                    Suppression.Count(r.Attended, max), Suppression.Count(r.Completed, max));
            })
            .ToList();

        return new NeedsReportModel(
            Iso(from), Iso(to), Iso(previousFrom), Suppression.MinimumGroup, segments, changes, maturity, satisfaction, funnel);
    }

    private static string Percent(int now, int before) =>
        Suppression.Signed(100.0 * (now - before) / before) + " %";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
