using System.Globalization;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>
/// Statistical disclosure control: a figure describing fewer than five organisations is not shown (nor any
/// mean or difference computed from it), so that no single organisation can be recognised in a report.
/// </summary>
internal static class Suppression
{
    public const int MinimumGroup = 5;
    public const string Dash = "–";

    public static bool Hides(int organisations) => organisations < MinimumGroup;

    /// <summary>A count cell; <paramref name="max"/> scales the bar width (0–100).</summary>
    public static Cell Count(int organisations, int max = 0) =>
        Hides(organisations)
            ? new Cell(Dash, true, 0)
            : new Cell(organisations.ToString(CultureInfo.InvariantCulture), false, max <= 0 ? 0 : Math.Round(100.0 * organisations / max, 1));

    public static string Number(double value, int organisations, string format = "0.0") =>
        Hides(organisations) ? Dash : value.ToString(format, CultureInfo.InvariantCulture);

    public static string Signed(double value) => (value > 0 ? "+" : "") + value.ToString("0.0", CultureInfo.InvariantCulture);
}
