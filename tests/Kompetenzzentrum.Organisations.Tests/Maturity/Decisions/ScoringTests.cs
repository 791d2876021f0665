using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Decisions;

public sealed class ScoringTests
{
    private static readonly QuestionSet V1 = SeedQuestionSet.Version1;

    [Fact]
    public void Given_mixed_answers_Then_dimension_overall_level_and_gaps_match_the_hand_computed_example()
    {
        var answers = Answers.Uniform(0, timeShort: true)
            .With(MaturityDimensions.Strategy, 4, 4, 4)      // 100
            .With(MaturityDimensions.Readiness, 0, 0, 0)     // 0
            .With(MaturityDimensions.HumanCentric, 2, 2, 2)  // 50
            .With(MaturityDimensions.Data, 1, 2, 3)          // mean 2 -> 50
            .With(MaturityDimensions.Automation, 3, 3, 4)    // mean 10/3 -> 83.33
            .With(MaturityDimensions.Green, 0, 1, 0)         // mean 1/3 -> 8.33
            .Topic("ki", 5, 1)                               // (5-1)/4 = 1
            .Topic("daten", 4, 2)                            // (4-2)/4 = 0.5
            .Topic("cloud", 2, 4);                           // implementation above relevance: no gap

        var scores = Scoring.Score(V1, answers);

        Assert.Equal(100, scores.Dimensions[MaturityDimensions.Strategy]);
        Assert.Equal(0, scores.Dimensions[MaturityDimensions.Readiness]);
        Assert.Equal(50, scores.Dimensions[MaturityDimensions.HumanCentric]);
        Assert.Equal(50, scores.Dimensions[MaturityDimensions.Data]);
        Assert.Equal(83.33, scores.Dimensions[MaturityDimensions.Automation]);
        Assert.Equal(8.33, scores.Dimensions[MaturityDimensions.Green]);
        // (100 + 0 + 50 + 50 + 83.33 + 8.33) / 6 = 48.61
        Assert.Equal(48.61, scores.Overall);
        Assert.Equal(MaturityLevel.Entdecker, scores.Level);
        Assert.Equal(new[] { "ki", "daten" }, scores.TopicGaps.Keys);
        Assert.Equal(1.0, scores.TopicGaps["ki"]);
        Assert.Equal(0.5, scores.TopicGaps["daten"]);
        Assert.True(scores.PrefersAsynchronous);
    }

    [Theory]
    [InlineData(0, 0, MaturityLevel.Einsteiger)]
    [InlineData(1, 25, MaturityLevel.Entdecker)]
    [InlineData(2, 50, MaturityLevel.Gestalter)]
    [InlineData(3, 75, MaturityLevel.Vorreiter)]
    [InlineData(4, 100, MaturityLevel.Vorreiter)]
    public void Given_uniform_answers_Then_a_boundary_score_belongs_to_the_higher_level(int answer, double overall, MaturityLevel level)
    {
        var scores = Scoring.Score(V1, Answers.Uniform(answer));

        Assert.Equal(overall, scores.Overall);
        Assert.Equal(level, scores.Level);
        Assert.Empty(scores.TopicGaps);
        Assert.False(scores.PrefersAsynchronous);
    }

    [Fact]
    public void Given_a_missing_an_out_of_range_and_an_unknown_answer_Then_each_problem_names_its_question()
    {
        var answers = Answers.Uniform(2);
        answers.Remove("data-2");
        answers["green-1"] = 5;
        answers["ki-relevance"] = 0;
        answers["no-such-question"] = 1;

        var problems = Scoring.Problems(V1, answers);

        Assert.Equal(new[] { "data-2", "green-1", "ki-relevance", "no-such-question" }, problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_complete_answers_Then_there_are_no_problems() =>
        Assert.Empty(Scoring.Problems(V1, Answers.Uniform(4, timeShort: true)));

    [Fact]
    public void Need_strength_is_the_positive_gap_over_four() =>
        Assert.Equal(new[] { 1.0, 0.75, 0.0, 0.0 }, new[] { Scoring.Gap(5, 1), Scoring.Gap(4, 1), Scoring.Gap(3, 3), Scoring.Gap(1, 5) });
}
