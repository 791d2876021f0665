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
    public static LocalizedText For(MaturityProfile profile, CatalogEntry offering, Fit fit, TextsIn texts) =>
        Render(FitExplainer.Explain(profile, offering, fit), texts);

    /// <summary>The clauses of <see cref="FitExplainer"/> as one sentence in each language.</summary>
    public static LocalizedText Render(IReadOnlyList<TextCode> clauses, TextsIn texts) =>
        new(Sentence(clauses, "de", texts), Sentence(clauses, "en", texts));

    // "1 of the offerings" reads "one of the offerings": the singular is its own sentence (catalog.fit.package#one).
    public static LocalizedText ForPackage(PackageOption package, int recommended, TextsIn texts)
    {
        var reason = new TextCode("catalog.fit.package", TextArgs.Of(("name", package.Name), ("count", recommended)));
        return new LocalizedText(texts("de", reason), texts("en", reason));
    }

    // Clauses joined as in "A, B, and C."; the word for "and" is a text too, and joins lists of topics as well.
    private static string Sentence(IReadOnlyList<TextCode> clauses, string language, TextsIn texts)
    {
        var and = texts(language, new TextCode("catalog.fit.and"));
        var words = clauses.Select(c => texts(language, InLanguage(c, language, and))).ToList();
        var sentence = words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + $", {and} " + words[^1];
        return sentence.Length == 0 ? "" : char.ToUpper(sentence[0], System.Globalization.CultureInfo.InvariantCulture) + sentence[1..] + ".";
    }

    private static TextCode InLanguage(TextCode clause, string language, string and)
    {
        var args = new TextArgs();
        foreach (var (name, value) in clause.Args ?? TextArgs.None)
        {
            args[name] = value is TopicNames list ? Join(list.Names.Select(n => language == "en" ? n.En : n.De).ToList(), and) : value;
        }
        return clause with { Args = args };
    }

    private static string Join(IReadOnlyList<string> names, string and) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + $" {and} " + names[^1];
}
