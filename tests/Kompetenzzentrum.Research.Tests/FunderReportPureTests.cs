using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Research.FunderReport;

namespace Kompetenzzentrum.Research.Tests;

public sealed class FunderReportPureTests
{
    private static readonly (DateOnly Starts, DateOnly Ends) Term = (new(2025, 4, 1), new(2028, 3, 31));

    private static (DateOnly, DateOnly) Period(string? period, string? from = null, string? to = null) =>
        ReportPeriod.Decide(period, from, to, Term.Starts, Term.Ends).Value;

    private static string Field(string? period, string? from = null, string? to = null) =>
        Assert.Single(ReportPeriod.Decide(period, from, to, Term.Starts, Term.Ends).Refusal!.Fields).Field;

    [Fact]
    public void A_quarter_a_year_the_term_or_days_decide_the_period()
    {
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)), Period("2026-Q3"));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), Period("2026-Q4"));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), Period("2026"));
        Assert.Equal(Term, Period("term"));
        Assert.Equal(Term, Period(null));
        Assert.Equal((new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 3)), Period(null, "2026-02-03", "2026-02-03"));
    }

    [Fact]
    public void A_bad_period_names_its_field()
    {
        Assert.Equal("period", Field("2026-Q5"));
        Assert.Equal("period", Field("2026-3"));
        Assert.Equal("period", Field("2026", from: "2026-01-01"));
        Assert.Equal("from", Field(null, "01.02.2026", "2026-03-01"));
        Assert.Equal("to", Field(null, "2026-03-01", null));
        Assert.Equal("to", Field(null, "2026-03-01", "2026-02-28"));
    }

    [Fact]
    public void Lines_of_fewer_than_five_organisations_show_no_figure_but_the_target_stays()
    {
        var program = new ProgramTerm(Guid.NewGuid(), "P", Term.Starts, Term.Ends, new ProgramTargets(10, 20, 80));
        var figures = new FunderFigures(
            [new(Dimensions.Total, null, 4, 9), new(Dimensions.Format, "tour", 4, 9)], 4, 0, 3, 3, 4.5, 100, 0, null, null);

        var report = FunderReportBuilder.Build(program, Term.Starts, Term.Ends, figures);

        var reached = report.Rows.Single(r => r is { Section: "targets", Key: "organisations-reached" });
        Assert.True(reached.Organisations.Suppressed);
        Assert.True(reached.Value.Suppressed);
        Assert.Equal(10, reached.Target);
        var format = report.Rows.Single(r => r.Section == Dimensions.Format);
        Assert.Equal("<5", format.Participations.Text(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(report.Rows.Where(r => r.Section == "maturity"), r => Assert.True(r.Value.Suppressed));
    }
}
