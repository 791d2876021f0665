using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Contracts.Maturity;

/// <summary>An organisation expressed a need for a topic: the gap between its relevance and its implementation.</summary>
/// <param name="Topic">Topic key.</param>
/// <param name="Strength">0 (no gap) to 1 (highly relevant, not implemented at all).</param>
/// <param name="Source">Where the need was seen: <c>check</c>, <c>questionnaire</c>, <c>booking</c>, <c>search</c>, <c>feedback</c>.</param>
/// <param name="Interaction">The interaction shape.</param>
public sealed record NeedExpressed(string Topic, double Strength, string Source, Interaction Interaction) : IInteractionEvent;
