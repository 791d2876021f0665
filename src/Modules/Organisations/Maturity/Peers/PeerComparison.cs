using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Peers;

/// <summary>The peers' medians, or why they are hidden.</summary>
internal sealed record PeerMedians(int Peers, IReadOnlyDictionary<string, double> DimensionScores, double OverallScore);

internal sealed record PeerComparisonResult(MaturityRound Own, PeerMedians? Peers, string? HiddenBecause);

/// <summary>
/// Compares a result with the latest results of the same question-set version of organisations of the same
/// industry section and size class that completed a participation (<c>ConfirmedParticipant</c>). Below
/// <see cref="MinimumPeers"/> the medians are hidden, so that no single organisation's result can be read off them.
/// </summary>
internal static class PeerComparison
{
    public const int MinimumPeers = 5;

    public static PeerComparisonResult Compare(MaturityRound own, IReadOnlyList<MaturityRound> peers)
    {
        var comparable = peers.Where(p => p.QuestionSetVersion == own.QuestionSetVersion).ToList();
        if (comparable.Count < MinimumPeers)
        {
            return new(own, null, $"Fewer than {MinimumPeers} comparable organisations of the same industry section and size class "
                + "with a completed participation have taken this version of the check.");
        }
        var dimensions = MaturityDimensions.All.ToDictionary(
            d => d,
            d => Median(comparable.Select(p => p.DimensionScores.GetValueOrDefault(d))),
            StringComparer.Ordinal);
        return new(own, new PeerMedians(comparable.Count, dimensions, Median(comparable.Select(p => p.OverallScore))), null);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : Math.Round((sorted[middle - 1] + sorted[middle]) / 2, 2);
    }

    /// <summary>A peer's latest round of the given version, if any.</summary>
    public static MaturityRound? LatestOfVersion(MaturityHistory history, int version) =>
        history.Rounds.LastOrDefault(r => r.QuestionSetVersion == version);
}
