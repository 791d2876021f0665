using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Kompetenzzentrum.Modules.Networking.Regions;

namespace Kompetenzzentrum.Modules.Networking.Matching;

/// <summary>An SME reduced to what scoring needs: a topic bitmask and small integers.</summary>
internal readonly record struct MatchSme(ulong Topics, int Industry, int State, byte PostcodeRegion, MaturityLevel Level)
{
    public static MatchSme Of(SmeProfileDetails d) => new(
        TopicMask.Of(d.ChallengeTopics), Industries.IndexOf(d.Industry), StateBorders.IndexOf(d.FederalState),
        Postcodes.RegionOf(d.Postcode), d.MaturityLevel);
}
