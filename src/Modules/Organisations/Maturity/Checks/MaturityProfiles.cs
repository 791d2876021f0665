using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>The latest result as other modules may read it (<see cref="IMaturityProfiles"/>); pure, so the decision tests can use it.</summary>
internal static class MaturityProfiles
{
    public static MaturityProfile ToProfile(Guid organisationId, MaturityRound latest, SizeClass? sizeClass = null) => new(
        organisationId,
        latest.Level,
        latest.OverallScore,
        latest.TopicGaps.OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal),
        latest.PrefersAsynchronous)
    {
        SizeClass = sizeClass,
    };

    /// <summary>The registry's size class word ("micro", "small", "medium") as the shared enum, or null.</summary>
    public static SizeClass? ParseSizeClass(string? value) =>
        Enum.TryParse<SizeClass>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}
