using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>Why an offering or package is recommended, in one German and one English sentence.</summary>
internal static class FitReasons
{
    public static string LevelNameEn(MaturityLevel level) => level switch
    {
        MaturityLevel.Einsteiger => "Beginner",
        MaturityLevel.Entdecker => "Explorer",
        MaturityLevel.Gestalter => "Shaper",
        _ => "Pioneer",
    };

    public static LocalizedText For(MaturityProfile profile, CatalogEntry offering, Fit fit)
    {
        var de = new List<string> { $"Ihr Reifegrad ist {profile.Level}" };
        var en = new List<string> { $"Your maturity level is {LevelNameEn(profile.Level)} ({profile.Level})" };
        if (fit.GapTopics.Count > 0)
        {
            var topic = Topics.Find(fit.GapTopics[0])?.Name ?? new LocalizedText(fit.GapTopics[0], fit.GapTopics[0]);
            if (IsLargestGap(profile, fit.GapTopics[0]))
            {
                de.Add($"{topic.De} ist Ihre größte Lücke");
                en.Add($"{topic.En} is your largest gap");
            }
            else
            {
                de.Add($"das Angebot behandelt Ihre Lücke bei {topic.De}");
                en.Add($"the offering addresses your gap in {topic.En}");
            }
        }
        if (fit.Format >= 1)
        {
            de.Add("es läuft asynchron in Ihrem eigenen Tempo");
            en.Add("it runs asynchronously at your own pace");
        }
        else if (fit.GapTopics.Count == 0)
        {
            de.Add("das Angebot ist für diesen Reifegrad gedacht");
            en.Add("the offering is made for this level");
        }
        return new LocalizedText(Join(de, "und"), Join(en, "and"));
    }

    public static LocalizedText ForPackage(PackageOption package, int recommended) => recommended == 1
        ? new($"Das Paket „{package.Name.De}“ enthält eines der für Sie empfohlenen Angebote "
                + "und bündelt es mit passenden nächsten Schritten.",
            $"The package “{package.Name.En}” contains one of the offerings recommended for you and bundles it with next steps.")
        : new($"Das Paket „{package.Name.De}“ bündelt {recommended} der für Sie empfohlenen Angebote als nächste Schritte.",
            $"The package “{package.Name.En}” bundles {recommended} of the offerings recommended for you as next steps.");

    private static bool IsLargestGap(MaturityProfile profile, string topic) =>
        profile.TopicGaps.Count > 0 && profile.TopicGaps.GetValueOrDefault(topic) >= profile.TopicGaps.Values.Max();

    private static string Join(IReadOnlyList<string> clauses, string and) =>
        (clauses.Count == 1 ? clauses[0] : string.Join(", ", clauses.Take(clauses.Count - 1)) + $", {and} " + clauses[^1]) + ".";
}
