using Kompetenzzentrum.Modules.Research.Feedback;
using Kompetenzzentrum.Modules.Research.FeedbackReview;
using Kompetenzzentrum.Modules.Research.Reports;

namespace Kompetenzzentrum.Research.Tests;

public sealed class PureTests
{
    [Fact]
    public void Counts_under_five_organisations_are_suppressed()
    {
        Assert.Equal("–", Suppression.Count(4).Text);
        Assert.True(Suppression.Count(4).Suppressed);
        Assert.Equal("5", Suppression.Count(5).Text);
        Assert.Equal(50, Suppression.Count(5, 10).Width);
    }

    [Fact]
    public void The_report_hides_small_groups_and_everything_derived_from_them()
    {
        var figures = new NeedsReportFigures(
            [("WZ J", "cloud", 6), ("WZ J", "it-sicherheit", 3), ("WZ C", "ki", 4)],
            [("cloud", 6, 5), ("it-sicherheit", 3, 0), ("daten", 8, 2)],
            [("report-tour", 6, 30, 45), ("small-format", 4, 20, 60)],
            [("report-tour", 6, 4.5, 4, 0), ("small-format", 3, 1, 1, -100)],
            [("report-tour", 0, 6, 6, 5), ("small-format", 0, 3, 3, 3)]);

        var model = NeedsReportBuilder.Build(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), new DateOnly(2025, 1, 29), figures);

        var segment = Assert.Single(model.Segments);
        Assert.Equal("WZ J", segment.Segment);
        Assert.Equal("cloud", Assert.Single(segment.Topics).Topic);
        var cloud = model.Changes.Single(c => c.Topic == "cloud");
        Assert.Equal(("6", "5", "+20.0 %"), (cloud.Now.Text, cloud.Before.Text, cloud.Change));
        var daten = model.Changes.Single(c => c.Topic == "daten");
        Assert.Equal(("8", "–", "–"), (daten.Now.Text, daten.Before.Text, daten.Change));
        Assert.Equal(("30.0", "45.0", "+15.0"), (model.Maturity[0].MeanT0, model.Maturity[0].MeanT1, model.Maturity[0].Change));
        Assert.Equal(("–", "–", "–"), (model.Maturity[1].MeanT0, model.Maturity[1].MeanT1, model.Maturity[1].Change));
        Assert.Equal(("4.50", "4.00", "0"), (model.Satisfaction[0].Satisfaction, model.Satisfaction[0].Usefulness, model.Satisfaction[0].Nps));
        var suppressed = model.Satisfaction[1];
        Assert.Equal(("–", "–", "–", 0.0), (suppressed.Satisfaction, suppressed.Usefulness, suppressed.Nps, suppressed.Width));
        var funnel = model.Funnel[0];
        Assert.Equal(["–", "6", "6", "5"], [funnel.Viewed.Text, funnel.Booked.Text, funnel.Attended.Text, funnel.Completed.Text]);
        Assert.All([model.Funnel[1].Booked, model.Funnel[1].Attended, model.Funnel[1].Completed], c => Assert.True(c.Suppressed));
    }

    [Fact]
    public void Approved_free_text_loses_contact_data()
    {
        var text = Redaction.Apply("Gut. Mail: erika.m@firma-x.de, Tel. +49 (0) 331 123456, www.firma-x.de — mehr KI bitte.");
        Assert.DoesNotContain("erika.m@firma-x.de", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123456", text, StringComparison.Ordinal);
        Assert.DoesNotContain("www.firma-x.de", text, StringComparison.Ordinal);
        Assert.Contains("mehr KI bitte", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_survey_answer_names_each_bad_field()
    {
        Assert.Null(new SurveyAnswer(3, 4, 8, ["ki"], "gut").Check());
        Assert.Null(new SurveyAnswer(1, 5, 0, null, null).Check());
        Assert.Equal("satisfaction", Assert.Single(new SurveyAnswer(0, 4, 8, null, null).Check()!.Fields).Field);
        Assert.Equal("usefulness", Assert.Single(new SurveyAnswer(3, null, 8, null, null).Check()!.Fields).Field);
        Assert.Equal("recommendation", Assert.Single(new SurveyAnswer(3, 4, 11, null, null).Check()!.Fields).Field);
        Assert.Equal("topicsWanted", Assert.Single(new SurveyAnswer(3, 4, 8, ["unbekannt"], null).Check()!.Fields).Field);
        Assert.Equal("freeText", Assert.Single(new SurveyAnswer(3, 4, 8, null, new string('x', SurveyAnswer.MaxFreeText + 1)).Check()!.Fields).Field);
    }
}
