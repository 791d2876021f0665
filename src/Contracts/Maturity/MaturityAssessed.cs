using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Maturity;

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
