using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Modules.Networking.Matching;

/// <summary>
/// The score of an SME–startup pair, 0–100. Complementary topics weigh most: the share of the SME's
/// challenge topics the startup has solutions for. Without a common topic there is no match at all.
/// Industry experience, nearness and fit of the startup's stage to the SME's maturity add the rest.
/// </summary>
internal static class MatchScoring
{
    public const float TopicWeight = 60f;
    public const float IndustryWeight = 15f;
    public const float RegionWeight = 15f;
    public const float MaturityWeight = 10f;

    public const float SamePostcodeRegion = 1f;
    public const float SameState = 0.75f;
    public const float NeighbourState = 0.4f;

    /// <summary>Rows: maturity level Einsteiger..Vorreiter; columns: stage PreSeed..Established.</summary>
    // Beginners need something that already works; leaders can pilot what is still young.
    private static readonly float[] Fit =
    [
        0.1f, 0.4f, 0.9f, 1.0f,
        0.3f, 0.7f, 1.0f, 0.9f,
        0.7f, 1.0f, 1.0f, 0.8f,
        1.0f, 1.0f, 0.8f, 0.6f,
    ];

    public static float MaturityFit(MaturityLevel level, StartupStage stage) => Fit[((int)level - 1) * 4 + (int)stage];

    public static float RegionFactor(int smeState, byte smePostcodeRegion, int startupState, byte startupPostcodeRegion) =>
        smePostcodeRegion == startupPostcodeRegion ? SamePostcodeRegion
        : smeState == startupState ? SameState
        : Regions.StateBorders.AreNeighbours(smeState, startupState) ? NeighbourState
        : 0f;

    /// <summary>The reference score; <see cref="Matchmaker"/> computes the same sum with precomputed rows.</summary>
    public static float Score(in MatchSme sme, in MatchStartup startup)
    {
        var common = System.Numerics.BitOperations.PopCount(sme.Topics & startup.Topics);
        if (common == 0)
        {
            return 0f;
        }
        return common * (TopicWeight / System.Numerics.BitOperations.PopCount(sme.Topics))
            + ((startup.Industries & 1u << sme.Industry) != 0 ? IndustryWeight : 0f)
            + RegionWeight * RegionFactor(sme.State, sme.PostcodeRegion, startup.State, startup.PostcodeRegion)
            + MaturityWeight * MaturityFit(sme.Level, startup.Stage);
    }
}
