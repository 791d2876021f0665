using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Catalog.Recommendations;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>
/// The module's texts (<c>src/Modules/Catalog/Texts.resx</c>, <c>Texts.en.resx</c>) for the decision tests, which run
/// without a host, read as the host reads them: a placeholder takes its argument's value (a nested text or a German and
/// English pair in the same language), a <c>count</c> of 1 takes the <c>#one</c> form.
/// </summary>
internal static partial class CatalogTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Languages = new(StringComparer.Ordinal)
    {
        ["de"] = Read("Texts.resx"),
        ["en"] = Read("Texts.en.resx"),
    };

    /// <summary>The texts as the recommender takes them.</summary>
    public static TextsIn In { get; } = Get;

    private static string Get(string language, TextCode text)
    {
        var texts = Languages[language];
        var args = text.Args ?? TextArgs.None;
        var key = args.TryGetValue("count", out var count) && Convert.ToDecimal(count, CultureInfo.InvariantCulture) == 1m
            && texts.ContainsKey(text.Code + "#one") ? text.Code + "#one" : text.Code;
        return texts.TryGetValue(key, out var value)
            ? Placeholder().Replace(value, m => args.TryGetValue(m.Groups[1].Value, out var arg) ? Format(language, arg) : m.Value)
            : text.Code;
    }

    private static string Format(string language, object? value) => value switch
    {
        TextCode nested => Get(language, nested),
        LocalizedText words => words.For(CultureInfo.GetCultureInfo(language)),
        _ => Convert.ToString(value, CultureInfo.GetCultureInfo(language)) ?? "",
    };

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(SolutionRoot(), "src", "Modules", "Catalog", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static string SolutionRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kompetenzzentrum.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("the solution folder was not found");
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
