using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Organisations.Duplicates;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>
/// Stream ids of the checks: derived from the organisation id, never equal to it, since the organisation's
/// registry stream already has that id in the one shared store.
/// </summary>
internal static class MaturityStreams
{
    public static Guid Of(Guid organisationId) => Ids.Derived("organisations-maturity", organisationId);
}

/// <summary>An organisation completed a check; the answers and what they scored. Internal; research reads the public events.</summary>
internal sealed record MaturityCheckCompleted(
    Guid OrganisationId,
    Guid AssessmentId,
    int QuestionSetVersion,
    int Round,
    IReadOnlyDictionary<string, int> Answers,
    IReadOnlyDictionary<string, double> DimensionScores,
    double OverallScore,
    MaturityLevel Level,
    IReadOnlyDictionary<string, double> TopicGaps,
    bool PrefersAsynchronous,
    DateTimeOffset At);

internal sealed record MaturityRound(
    Guid AssessmentId,
    int Round,
    int QuestionSetVersion,
    IReadOnlyDictionary<string, double> DimensionScores,
    double OverallScore,
    MaturityLevel Level,
    IReadOnlyDictionary<string, double> TopicGaps,
    bool PrefersAsynchronous,
    DateTimeOffset At)
{
    public string Label => $"T{Round}";
}

/// <summary>Every round of an organisation, oldest first; keyed by the organisation id.</summary>
internal sealed record MaturityHistory(Guid Id, IReadOnlyList<MaturityRound> Rounds)
{
    public MaturityRound? Latest => Rounds.Count == 0 ? null : Rounds[^1];
}

internal sealed partial class MaturityHistoryProjection : MultiStreamProjection<MaturityHistory, Guid>
{
    public MaturityHistoryProjection()
    {
        Identity<MaturityCheckCompleted>(e => e.OrganisationId);
        Identity<MaturityRoundsMovedOut>(e => e.OrganisationId);
        Identity<MaturityRoundsMovedIn>(e => e.OrganisationId);
    }

    public static MaturityHistory Create(MaturityCheckCompleted e) => new(e.OrganisationId, [ToRound(e)]);

    public static MaturityHistory Apply(MaturityCheckCompleted e, MaturityHistory h) => h with { Rounds = [.. h.Rounds, ToRound(e)] };

    public static MaturityHistory Create(MaturityRoundsMovedIn e) => new(e.OrganisationId, Renumbered(e.Rounds));

    // A merge joins both histories in the order they happened: T0 is the earliest check of either record.
    public static MaturityHistory Apply(MaturityRoundsMovedIn e, MaturityHistory h) => h with { Rounds = Renumbered([.. h.Rounds, .. e.Rounds]) };

    public static MaturityHistory Apply(MaturityRoundsMovedOut e, MaturityHistory h) => h with { Rounds = [] };

    private static List<MaturityRound> Renumbered(IEnumerable<MaturityRound> rounds) =>
        [.. rounds.OrderBy(r => r.At).Select((r, i) => r with { Round = i })];

    private static MaturityRound ToRound(MaturityCheckCompleted e) => new(
        e.AssessmentId, e.Round, e.QuestionSetVersion, e.DimensionScores, e.OverallScore, e.Level, e.TopicGaps, e.PrefersAsynchronous, e.At);
}
