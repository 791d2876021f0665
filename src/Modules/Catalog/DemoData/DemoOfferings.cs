using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.DemoData;

/// <summary>One offering of the demo, before it has an id.</summary>
internal sealed record DemoOffering(string Type, LocalizedText Title, LocalizedText Description, string[] Topics, MaturityLevel From,
    MaturityLevel To, string Format, string? Place);

/// <summary>The demo's offerings: six of each known type, on different topics and levels, titled as the center would.</summary>
internal static class DemoOfferings
{
    public const int PerType = 6;

    private static readonly Dictionary<string, (string De, string En, string Format, string[] Places)> Shapes = new(StringComparer.Ordinal)
    {
        ["consultation"] = ("KI-Sprechstunde: {0}", "AI consultation: {0}", OfferingFormats.Online, []),
        ["video"] = ("Kurz erklärt: {0}", "Explained: {0}", OfferingFormats.Asynchronous, []),
        ["podcast-episode"] = ("Smarter Mittelstand: {0} im Betrieb", "Smarter Mittelstand: {0} at work", OfferingFormats.Asynchronous, []),
        ["experience-tour"] = ("Erlebnistour: {0} zum Anfassen", "Experience tour: {0} up close", OfferingFormats.OnSite,
            ["Cottbus", "Eberswalde", "Dresden", "Magdeburg"]),
        ["sprint"] = ("Geschäftsmodellsprint: {0}", "Business-model sprint: {0}", OfferingFormats.OnSite, ["Cottbus", "Potsdam"]),
        ["matchmaking-event"] = ("Matchmaking KMU trifft Startup: {0}", "Matchmaking SMEs meet startups: {0}", OfferingFormats.OnSite,
            ["Berlin-Adlershof", "Cottbus", "Jena"]),
        ["lernfabrik-workshop"] = ("Lernfabrik-Workshop: {0}", "Model factory workshop: {0}", OfferingFormats.OnSite, ["Cottbus"]),
    };

    /// <summary>The offerings of the known types; a type the demo has no words for gets generic ones.</summary>
    public static IReadOnlyList<DemoOffering> For(IEnumerable<string> types, Random random)
    {
        var topics = Topics.All.Where(t => t.Key != "kooperation").ToArray();
        var offerings = new List<DemoOffering>();
        foreach (var type in types)
        {
            var (de, en, format, places) = Shapes.GetValueOrDefault(type, ("{0}", "{0}", OfferingFormats.OnSite, ["Cottbus"]));
            foreach (var topic in topics.OrderBy(_ => random.Next()).Take(PerType))
            {
                var from = (MaturityLevel)random.Next(1, 4);
                var to = (MaturityLevel)Math.Min(4, (int)from + random.Next(1, 3));
                var second = topics[random.Next(topics.Length)].Key;
                offerings.Add(new DemoOffering(type,
                    new(string.Format(de, topic.Name.De), string.Format(en, topic.Name.En)),
                    new($"{topic.Name.De} für kleine und mittlere Unternehmen: praxisnah, mit Beispielen aus der Region.",
                        $"{topic.Name.En} for small and medium-sized companies: practical, with examples from the region."),
                    second == topic.Key ? [topic.Key] : [topic.Key, second], from, to, format,
                    places.Length == 0 ? null : places[random.Next(places.Length)]));
            }
        }
        return offerings;
    }
}
