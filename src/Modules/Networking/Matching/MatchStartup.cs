using Kompetenzzentrum.Modules.Networking.Profiles;
using Kompetenzzentrum.Modules.Networking.Regions;

namespace Kompetenzzentrum.Modules.Networking.Matching;

/// <summary>A startup reduced to what scoring needs; industries are a bitmask of WZ sections.</summary>
internal readonly record struct MatchStartup(ulong Topics, uint Industries, int State, byte PostcodeRegion, StartupStage Stage)
{
    public static MatchStartup Of(StartupProfileDetails d) => new(
        TopicMask.Of(d.SolutionTopics),
        d.Industries.Aggregate(0u, (mask, section) => mask | 1u << Regions.Industries.IndexOf(section)),
        StateBorders.IndexOf(d.FederalState),
        Postcodes.RegionOf(d.Postcode),
        d.Stage);
}
