using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Research.Reports;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>
/// Turns a program's raw figures into the report's lines. Pure. Every line describes a number of organisations; a line
/// describing fewer than <see cref="Suppression.MinimumGroup"/> shows none of its figures (as the needs report does);
/// targets are the program's, not data about organisations, and stay.
/// </summary>
internal static class FunderReportBuilder
{
    public static FunderReportModel Build(ProgramTerm program, DateOnly from, DateOnly to, FunderFigures figures)
    {
        var total = figures.Total;
        var rows = new List<FunderRow>
        {
            Row("targets", "organisations-reached", total.Organisations, value: total.Organisations,
                target: program.Targets.OrganisationsReached),
            Row("targets", "participations", total.Organisations, total.Participations, value: total.Participations,
                target: program.Targets.Participations),
            Row("targets", "satisfied-share", figures.AnsweringOrganisations, answers: figures.Answers, value: Round(figures.SatisfiedShare, 1) ?? 0,
                target: program.Targets.SatisfiedShare),
            Row("reached", "total", total.Organisations),
            Row("reached", "new", figures.NewOrganisations),
            Row("reached", "returning", figures.ReturningOrganisations),
        };
        foreach (var dimension in Dimensions.Breakdowns)
        {
            rows.AddRange(figures.Breakdowns
                .Where(b => b.Dimension == dimension)
                .OrderBy(b => b.Key ?? "\uffff", StringComparer.Ordinal)
                .Select(b => Row(dimension, b.Key ?? "unknown", b.Organisations, b.Participations)));
        }
        rows.Add(Row("satisfaction", "mean", figures.AnsweringOrganisations, answers: figures.Answers, value: Round(figures.Satisfaction, 2) ?? 0));
        // Without organisations the means are null: the lines are suppressed then, so 0 never shows.
        var (t0, t1) = (Round(figures.MeanT0, 1) ?? 0, Round(figures.MeanT1, 1) ?? 0);
        rows.Add(Row("maturity", "t0", figures.MaturityOrganisations, value: t0));
        rows.Add(Row("maturity", "t1", figures.MaturityOrganisations, value: t1));
        rows.Add(Row("maturity", "change", figures.MaturityOrganisations, value: t1 - t0));
        return new FunderReportModel(program.ProgramId, program.Name, from, to, rows);
    }

    private static FunderRow Row(
        string section, string key, int organisations, int? participations = null, int? answers = null, double? value = null, int? target = null)
    {
        var hidden = Suppression.Hides(organisations);
        FunderCell Cell(double? figure) => figure is null ? FunderCell.Empty : hidden ? FunderCell.Hidden : new FunderCell(figure, false);
        return new FunderRow(section, key, Cell(organisations), Cell(participations), Cell(answers), Cell(value), target);
    }

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : null;
}
