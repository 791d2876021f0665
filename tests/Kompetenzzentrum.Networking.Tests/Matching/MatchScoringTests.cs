using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Networking.Matching;
using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Networking.Tests.Matching;

public sealed class MatchScoringTests
{
    private static readonly MatchSme Berliner = MatchSme.Of(Given.Sme(["ki", "daten", "cloud"], industry: "C", state: "BE", postcode: "10115"));

    private static float Score(StartupProfileDetails startup) => MatchScoring.Score(Berliner, MatchStartup.Of(startup));

    [Fact]
    public void Given_hand_made_startups_Then_they_rank_by_topics_then_industry_then_nearness()
    {
        var startups = new[]
        {
            Given.Startup("OneTopicFar", ["ki"], state: "BY"),
            Given.Startup("TwoTopicsFar", ["ki", "daten"], state: "BY"),
            Given.Startup("TwoTopicsNearWithIndustry", ["ki", "daten"], ["C"], state: "BE", postcode: "10247"),
            Given.Startup("Unrelated", ["nachhaltigkeit"], ["C"], state: "BE", postcode: "10115"),
            Given.Startup("TwoTopicsNeighbour", ["ki", "daten"], state: "BB", postcode: "14467"),
        };
        var pool = new StartupPool([.. startups.Select(MatchStartup.Of)]);

        var ranked = Matchmaker.TopStartups(Berliner, pool, 10).Select(m => startups[m.Index].Name).ToList();

        Assert.Equal(["TwoTopicsNearWithIndustry", "TwoTopicsNeighbour", "TwoTopicsFar", "OneTopicFar"], ranked);
    }

    [Fact]
    public void Given_no_common_topic_Then_the_score_is_zero_whatever_else_fits()
    {
        Assert.Equal(0f, Score(Given.Startup("Unrelated", ["nachhaltigkeit"], ["C"], state: "BE", postcode: "10115")));
        Assert.True(Score(Given.Startup("Related", ["cloud"])) > 0f);
    }

    [Fact]
    public void Given_a_full_match_next_door_Then_the_score_is_one_hundred()
    {
        Assert.Equal(100f,
            Score(Given.Startup("Perfect", ["ki", "daten", "cloud"], ["C"], state: "BE", postcode: "10999", stage: StartupStage.Growth)), 3);
    }

    [Theory]
    [InlineData(MaturityLevel.Einsteiger, "Established", "PreSeed")]
    [InlineData(MaturityLevel.Vorreiter, "PreSeed", "Established")]
    public void Given_a_maturity_level_Then_the_fitting_stage_scores_higher(MaturityLevel level, string betterStage, string worseStage)
    {
        var (better, worse) = (Enum.Parse<StartupStage>(betterStage), Enum.Parse<StartupStage>(worseStage));
        var sme = MatchSme.Of(Given.Sme(["ki"], level: level));
        Assert.True(MatchScoring.Score(sme, MatchStartup.Of(Given.Startup("A", ["ki"], stage: better)))
            > MatchScoring.Score(sme, MatchStartup.Of(Given.Startup("B", ["ki"], stage: worse))));
    }

    [Fact]
    public void Given_random_profiles_Then_the_fast_ranking_equals_a_full_sort_by_the_reference_score()
    {
        var random = new Random(7);
        var smes = Enumerable.Range(0, 60).Select(_ => RandomProfiles.Sme(random)).ToArray();
        var startups = Enumerable.Range(0, 400).Select(_ => RandomProfiles.Startup(random)).ToArray();
        var pool = new StartupPool(startups);

        var fast = Matchmaker.TopStartupsForAll(smes, pool, 10);

        for (var i = 0; i < smes.Length; i++)
        {
            var expected = startups.Select((s, j) => new ScoredMatch(j, MatchScoring.Score(smes[i], s)))
                .Where(m => m.Score > 0f)
                .OrderByDescending(m => m.Score).ThenBy(m => m.Index)
                .Take(10)
                .ToArray();
            Assert.Equal(expected, fast[i]);
        }
    }
}
