using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Networking.Matching;

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
