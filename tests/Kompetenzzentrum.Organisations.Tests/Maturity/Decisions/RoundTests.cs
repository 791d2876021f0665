using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Decisions;

public sealed class RoundTests
{
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Version 2: one question per dimension, no topics, no time question.</summary>
    private static readonly QuestionSet V2 = new()
    {
        Id = 2,
        Questions = MaturityDimensions.All.Select(d => SeedQuestionSet.Version1.Find($"{d}-1")! with { Id = $"v2-{d}" }).ToList(),
    };

    private static MaturityHistory Apply(MaturityHistory? history, IEnumerable<object> events)
    {
        foreach (var e in events.OfType<MaturityCheckCompleted>())
        {
            history = history is null ? MaturityHistoryProjection.Create(e) : MaturityHistoryProjection.Apply(e, history);
        }
        return history!;
    }

    [Fact]
    public void Taking_the_check_emits_the_internal_result_the_public_assessment_and_one_need_per_gap()
    {
        var answers = Answers.Uniform(2).Topic("ki", 5, 1).Topic("daten", 3, 2);

        var events = CheckDecider.Take(Organisation, Guid.NewGuid(), null, SeedQuestionSet.Version1, answers, Now);

        var assessed = Assert.Single(events.OfType<MaturityAssessed>());
        Assert.Equal((1, 0, 50.0, MaturityLevel.Gestalter), (assessed.QuestionSetVersion, assessed.Round, assessed.OverallScore, assessed.Level));
        Assert.Equal((Organisation, InteractionKinds.Answered), (assessed.Interaction.OrganisationId, assessed.Interaction.Kind));
        var needs = events.OfType<NeedExpressed>().ToList();
        Assert.Equal(new[] { ("ki", 1.0), ("daten", 0.25) }, needs.Select(n => (n.Topic, n.Strength)));
        Assert.All(needs, n => Assert.Equal("check", n.Source));
    }

    [Fact]
    public void Rounds_are_numbered_T0_T1_in_order_and_the_change_compares_with_the_previous_round()
    {
        var t0 = CheckDecider.Take(Organisation, Guid.NewGuid(), null, SeedQuestionSet.Version1, Answers.Uniform(1), Now);
        var history = Apply(null, t0);
        var t1 = CheckDecider.Take(
            Organisation,
            Guid.NewGuid(),
            history,
            SeedQuestionSet.Version1,
            Answers.Uniform(1).With(MaturityDimensions.Data, 4, 4, 4),
            Now.AddDays(90));
        history = Apply(history, t1);

        Assert.Equal(new[] { "T0", "T1" }, history.Rounds.Select(r => r.Label));
        var change = MaturityView.Changes(history.Rounds[0], history.Rounds[1]);
        Assert.Equal(75, change[MaturityDimensions.Data]);
        Assert.Equal(0, change[MaturityDimensions.Strategy]);
    }

    [Fact]
    public void Given_a_new_question_set_version_Then_old_results_keep_their_version_and_scores_and_are_not_compared_across_versions()
    {
        var history = Apply(null, CheckDecider.Take(Organisation, Guid.NewGuid(), null, SeedQuestionSet.Version1, Answers.Uniform(1), Now));
        var before = history.Rounds[0];
        var v2Answers = V2.Questions.ToDictionary(q => q.Id, _ => 4);
        history = Apply(history, CheckDecider.Take(Organisation, Guid.NewGuid(), history, V2, v2Answers, Now.AddDays(1)));
        history = Apply(
            history, CheckDecider.Take(Organisation, Guid.NewGuid(), history, SeedQuestionSet.Version1, Answers.Uniform(2), Now.AddDays(2)));

        Assert.Same(before, history.Rounds[0]);
        Assert.Equal((1, 25.0), (history.Rounds[0].QuestionSetVersion, history.Rounds[0].OverallScore));
        Assert.Equal((2, 100.0), (history.Rounds[1].QuestionSetVersion, history.Rounds[1].OverallScore));
        var rows = MaturityView.History(history).Select(r => r.ComparedWith).ToList();
        // T1 (version 2) has nothing to compare with; T2 (version 1) compares with T0, not with T1.
        Assert.Equal(new string?[] { null, null, "T0" }, rows);
    }

    [Fact]
    public void The_profile_lists_gaps_largest_first_with_level_and_time_preference()
    {
        var history = Apply(null, CheckDecider.Take(Organisation, Guid.NewGuid(), null, SeedQuestionSet.Version1,
            Answers.Uniform(0, timeShort: true).Topic("cloud", 3, 2).Topic("ki", 5, 1).Topic("daten", 5, 3), Now));

        var profile = MaturityProfiles.ToProfile(Organisation, history.Latest!);

        Assert.Equal(new[] { "ki", "daten", "cloud" }, profile.TopicGaps.Keys);
        Assert.Equal((MaturityLevel.Einsteiger, 0.0, true), (profile.Level, profile.OverallScore, profile.PrefersAsynchronous));
    }
}
