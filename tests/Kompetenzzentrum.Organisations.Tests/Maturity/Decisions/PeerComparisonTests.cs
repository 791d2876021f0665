using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Maturity.Peers;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Decisions;

public sealed class PeerComparisonTests
{
    private static MaturityRound Round(double score, int version = 1) => new(
        Guid.NewGuid(), 0, version, MaturityDimensions.All.ToDictionary(d => d, _ => score), score, MaturityLevels.FromScore(score),
        new Dictionary<string, double>(), false, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Given_four_peers_Then_the_median_is_hidden_with_a_reason()
    {
        var result = PeerComparison.Compare(Round(50), [Round(10), Round(20), Round(30), Round(40)]);

        Assert.Null(result.Peers);
        Assert.Contains("5", result.HiddenBecause);
    }

    [Fact]
    public void Given_five_peers_Then_the_median_is_shown()
    {
        var result = PeerComparison.Compare(Round(50), [Round(90), Round(10), Round(40), Round(20), Round(30)]);

        Assert.Null(result.HiddenBecause);
        Assert.Equal(5, result.Peers!.Peers);
        Assert.Equal(30, result.Peers.OverallScore);
        Assert.Equal(30, result.Peers.DimensionScores[MaturityDimensions.Data]);
    }

    [Fact]
    public void Peers_of_another_question_set_version_do_not_count()
    {
        var result = PeerComparison.Compare(Round(50), [Round(10), Round(20), Round(30), Round(40), Round(60, version: 2)]);

        Assert.Null(result.Peers);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.Equal(25, PeerComparison.Median([40, 10, 20, 30]));
}
