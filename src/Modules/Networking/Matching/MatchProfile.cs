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

/// <summary>Topic keys as bits, one per position in <see cref="Topics.All"/>.</summary>
internal static class TopicMask
{
    private static readonly Dictionary<string, int> Bit =
        Topics.All.Select((t, i) => (t.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);

    public static ulong Of(IEnumerable<string> keys) =>
        keys.Aggregate(0UL, (mask, key) => Bit.TryGetValue(key, out var bit) && bit < 64 ? mask | 1UL << bit : mask);

    public static IEnumerable<Topic> TopicsOf(ulong mask) =>
        Topics.All.Where((_, i) => i < 64 && (mask & 1UL << i) != 0);
}
