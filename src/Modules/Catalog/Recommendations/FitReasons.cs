using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>
/// The module's texts in a named language (<c>de</c>, <c>en</c>). A recommendation's reason is given in both at once,
/// whatever the request's language: the API answers both, a page shows its own.
/// </summary>
internal delegate string TextsIn(string language, TextCode text);

/// <summary>
/// Why an offering or package is recommended, in one German and one English sentence. The words come from the module's
/// texts (<c>catalog.fit.*</c>); only the order of the clauses is decided here.
/// </summary>
internal static class FitReasons
{
    public static LocalizedText For(MaturityProfile profile, CatalogEntry offering, Fit fit, TextsIn texts)
    {
        var level = TextArgs.Of(("level", profile.Level.ToString()), ("name", new TextCode(LevelCode(profile.Level))));
        var clauses = new List<TextCode> { new("catalog.fit.level", level) };
        if (fit.GapTopics.Count > 0)
        {
            var topic = TextArgs.Of(("topic", Topics.Find(fit.GapTopics[0])?.Name ?? new LocalizedText(fit.GapTopics[0], fit.GapTopics[0])));
            clauses.Add(new(IsLargestGap(profile, fit.GapTopics[0]) ? "catalog.fit.largest-gap" : "catalog.fit.gap", topic));
        }
        if (fit.Format >= 1)
        {
            clauses.Add(new("catalog.fit.asynchronous"));
        }
        else if (fit.GapTopics.Count == 0)
        {
            clauses.Add(new("catalog.fit.for-level"));
        }
        return new LocalizedText(Sentence(clauses, "de", texts), Sentence(clauses, "en", texts));
    }

    // "1 of the offerings" reads "one of the offerings": the singular is its own sentence (catalog.fit.package#one).
    public static LocalizedText ForPackage(PackageOption package, int recommended, TextsIn texts)
    {
        var reason = new TextCode("catalog.fit.package", TextArgs.Of(("name", package.Name), ("count", recommended)));
        return new LocalizedText(texts("de", reason), texts("en", reason));
    }

    private static string LevelCode(MaturityLevel level) => level switch
    {
        MaturityLevel.Einsteiger => "catalog.level.beginner",
        MaturityLevel.Entdecker => "catalog.level.explorer",
        MaturityLevel.Gestalter => "catalog.level.shaper",
        _ => "catalog.level.pioneer",
    };

    private static bool IsLargestGap(MaturityProfile profile, string topic) =>
        profile.TopicGaps.Count > 0 && profile.TopicGaps.GetValueOrDefault(topic) >= profile.TopicGaps.Values.Max();

    // Clauses joined as in "A, B, and C."; the word for "and" is a text too.
    private static string Sentence(IReadOnlyList<TextCode> clauses, string language, TextsIn texts)
    {
        var words = clauses.Select(c => texts(language, c)).ToList();
        var and = texts(language, new TextCode("catalog.fit.and"));
        return (words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + $", {and} " + words[^1]) + ".";
    }
}
