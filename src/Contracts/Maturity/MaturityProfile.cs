using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Maturity;

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
