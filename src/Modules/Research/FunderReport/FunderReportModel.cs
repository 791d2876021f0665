using System.Globalization;
using Kompetenzzentrum.Modules.Research.Reports;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>One figure of the report: a value, nothing (the column does not apply) or suppressed (fewer than five organisations).</summary>
internal sealed record FunderCell(double? Value, bool Suppressed)
{
    public static readonly FunderCell Empty = new(null, false);
    public static readonly FunderCell Hidden = new(null, true);

    /// <summary>What a suppressed cell shows.</summary>
    public static string SuppressedText => "<" + Suppression.MinimumGroup.ToString(CultureInfo.InvariantCulture);

    public string Text(CultureInfo culture) => Suppressed ? SuppressedText : Value?.ToString("0.##", culture) ?? "";
}

/// <summary>
/// One line of the report: a section (<c>targets</c>, <c>reached</c>, a breakdown of <see cref="Dimensions"/>, <c>satisfaction</c>,
/// <c>maturity</c>), the group's key within it (an offering type, a federal state ..., or the figure's name), and its cells.
/// </summary>
internal sealed record FunderRow(
    string Section, string Key, FunderCell Organisations, FunderCell Participations, FunderCell Answers, FunderCell Value, int? Target);

/// <summary>The report to the funding body on one program and period, suppressed, not yet labelled.</summary>
internal sealed record FunderReportModel(
    Guid ProgramId, string ProgramName, DateOnly From, DateOnly To, IReadOnlyList<FunderRow> Rows)
{
    public static IReadOnlyList<string> Sections { get; } = ["targets", "reached", .. Dimensions.Breakdowns, "satisfaction", "maturity"];
}
