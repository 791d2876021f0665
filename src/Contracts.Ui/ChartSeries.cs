namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>One series of a chart: a name and one value per axis or bar, in the order of the chart's labels.</summary>
/// <param name="Name">The legend text.</param>
/// <param name="Values">The values, one per label.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
