namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>A count of organisations, or a dash when it describes fewer than <see cref="Suppression.MinimumGroup"/>.</summary>
internal sealed record Cell(string Text, bool Suppressed, double Width);

internal sealed record TopicBar(string Topic, Cell Organisations);

internal sealed record SegmentTopics(string Segment, IReadOnlyList<TopicBar> Topics);

internal sealed record TopicChange(string Topic, Cell Now, Cell Before, string Change);

internal sealed record MaturityChange(string Group, Cell Organisations, string MeanT0, string MeanT1, string Change);

internal sealed record SatisfactionRow(string Format, Cell Organisations, string Satisfaction, string Usefulness, string Nps, double Width);

internal sealed record FunnelRow(string OfferingType, Cell Viewed, Cell Booked, Cell Attended, Cell Completed);

/// <summary>What the needs report template sees (Scriban names are snake_case: <c>segments</c>, <c>funnel</c> ...).</summary>
internal sealed record NeedsReportModel(
    string From,
    string To,
    string PreviousFrom,
    int MinimumGroup,
    IReadOnlyList<SegmentTopics> Segments,
    IReadOnlyList<TopicChange> Changes,
    IReadOnlyList<MaturityChange> Maturity,
    IReadOnlyList<SatisfactionRow> Satisfaction,
    IReadOnlyList<FunnelRow> Funnel);

/// <summary>Raw figures from PostgreSQL, before suppression.</summary>
internal sealed record NeedsReportFigures(
    IReadOnlyList<(string Segment, string Topic, int Organisations)> TopicsBySegment,
    IReadOnlyList<(string Topic, int Now, int Before)> TopicChanges,
    IReadOnlyList<(string Group, int Organisations, double T0, double T1)> Maturity,
    IReadOnlyList<(string Format, int Organisations, double Satisfaction, double Usefulness, double Nps)> Satisfaction,
    IReadOnlyList<(string OfferingType, int Viewed, int Booked, int Attended, int Completed)> Funnel);
