using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Maturity;

/// <summary>The six dimensions of the EU Digital Maturity Assessment for SMEs.</summary>
public static class MaturityDimensions
{
    /// <summary>Digital business strategy.</summary>
    public const string Strategy = "strategy";

    /// <summary>Digital readiness.</summary>
    public const string Readiness = "readiness";

    /// <summary>Human-centric digitalisation.</summary>
    public const string HumanCentric = "human-centric";

    /// <summary>Data management.</summary>
    public const string Data = "data";

    /// <summary>Automation and artificial intelligence.</summary>
    public const string Automation = "automation-ai";

    /// <summary>Green digitalisation.</summary>
    public const string Green = "green";

    /// <summary>All six, in the order of the EU assessment.</summary>
    public static IReadOnlyList<string> All { get; } = [Strategy, Readiness, HumanCentric, Data, Automation, Green];
}

/// <summary>
/// An organisation completed a Digitalisierungs-Check. Scores are comparable only within one question-set
/// <paramref name="QuestionSetVersion"/>.
/// </summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="QuestionSetVersion">Version of the questions answered.</param>
/// <param name="Round">0 for T0 (onboarding), 1 for T1, and so on.</param>
/// <param name="DimensionScores">Score 0–100 per dimension key of <see cref="MaturityDimensions"/>.</param>
/// <param name="OverallScore">Mean of the dimension scores.</param>
/// <param name="Level">The level of the overall score.</param>
/// <param name="Interaction">The interaction shape (kind <c>answered</c>, offering none).</param>
public sealed record MaturityAssessed(
    Guid AssessmentId,
    int QuestionSetVersion,
    int Round,
    IReadOnlyDictionary<string, double> DimensionScores,
    double OverallScore,
    MaturityLevel Level,
    Interaction Interaction) : IInteractionEvent;

/// <summary>An organisation expressed a need for a topic: the gap between its relevance and its implementation.</summary>
/// <param name="Topic">Topic key.</param>
/// <param name="Strength">0 (no gap) to 1 (highly relevant, not implemented at all).</param>
/// <param name="Source">Where the need was seen: <c>check</c>, <c>questionnaire</c>, <c>booking</c>, <c>search</c>, <c>feedback</c>.</param>
/// <param name="Interaction">The interaction shape.</param>
public sealed record NeedExpressed(string Topic, double Strength, string Source, Interaction Interaction) : IInteractionEvent;

/// <summary>What other modules may ask about an organisation's maturity (the catalog sorts by it).</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Level">Its latest level.</param>
/// <param name="OverallScore">Its latest overall score.</param>
/// <param name="TopicGaps">Gap 0–1 per topic key, largest first.</param>
/// <param name="PrefersAsynchronous">True when it said time is short.</param>
public sealed record MaturityProfile(
    Guid OrganisationId,
    MaturityLevel Level,
    double OverallScore,
    IReadOnlyDictionary<string, double> TopicGaps,
    bool PrefersAsynchronous)
{
    /// <summary>
    /// The organisation's EU size class, or null when unknown. Added after the first release as an init-only
    /// property, so code built against the positional record keeps working; the catalog weighs topic gaps by it.
    /// </summary>
    public SizeClass? SizeClass { get; init; }
}

/// <summary>Reads the latest maturity profile of an organisation.</summary>
public interface IMaturityProfiles
{
    /// <summary>The profile, or null when the organisation has not taken the check.</summary>
    Task<MaturityProfile?> FindAsync(Guid organisationId, CancellationToken cancellationToken);
}
