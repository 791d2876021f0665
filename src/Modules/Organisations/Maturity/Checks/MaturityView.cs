namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

internal sealed record HistoryRow(object Result, string? ComparedWith, IReadOnlyDictionary<string, double>? Change);

/// <summary>What the API shows of rounds.</summary>
internal static class MaturityView
{
    public static object Round(MaturityRound r) => new
    {
        r.AssessmentId,
        round = r.Label,
        questionSetVersion = r.QuestionSetVersion,
        dimensionScores = r.DimensionScores,
        overallScore = r.OverallScore,
        level = r.Level.ToString(),
        topicGaps = r.TopicGaps,
        prefersAsynchronous = r.PrefersAsynchronous,
        completedAt = r.At,
    };

    /// <summary>Each round with its change per dimension against the previous round of the same version (null for the first).</summary>
    public static IEnumerable<HistoryRow> History(MaturityHistory history) => history.Rounds.Select((r, i) =>
    {
        var previous = history.Rounds.Take(i).LastOrDefault(p => p.QuestionSetVersion == r.QuestionSetVersion);
        return new HistoryRow(Round(r), previous?.Label, previous is null ? null : Changes(previous, r));
    });

    public static IReadOnlyDictionary<string, double> Changes(MaturityRound previous, MaturityRound current) =>
        current.DimensionScores.ToDictionary(
            d => d.Key,
            d => Math.Round(d.Value - previous.DimensionScores.GetValueOrDefault(d.Key), 2),
            StringComparer.Ordinal);
}
