using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Networking.Matching;
using Kompetenzzentrum.Modules.Networking.Profiles;

namespace Kompetenzzentrum.Networking.Tests.Matching;

internal static class RandomProfiles
{
    private static readonly string[] States = ["BE", "BB", "BY", "NW", "SN", "HH"];

    public static MatchSme Sme(Random random) => MatchSme.Of(Given.Sme(
        Topics(random), ((char)('A' + random.Next(21))).ToString(), States[random.Next(States.Length)],
        random.Next(10, 99) + "000", (MaturityLevel)random.Next(1, 5)));

    public static MatchStartup Startup(Random random) => MatchStartup.Of(Given.Startup(
        "S", Topics(random), [((char)('A' + random.Next(21))).ToString()], States[random.Next(States.Length)],
        random.Next(10, 99) + "000", (StartupStage)random.Next(4)));

    private static string[] Topics(Random random) =>
        [.. Kompetenzzentrum.Contracts.Kernel.Topics.All.Where(_ => random.Next(4) == 0).Select(t => t.Key).DefaultIfEmpty("ki")];
}
