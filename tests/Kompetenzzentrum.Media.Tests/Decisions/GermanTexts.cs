using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Media.Tests.Decisions;

/// <summary>
/// The module's German texts (<c>src/Modules/Media/Texts.resx</c>) for the decision tests, which run without a host:
/// a placeholder takes its argument's value; an unknown code stays the code, as in the host.
/// </summary>
internal sealed partial class GermanTexts : ITexts
{
    public static GermanTexts Media { get; } = new(Path.Combine(SolutionRoot(), "src", "Modules", "Media", "Texts.resx"));

    private readonly Dictionary<string, string> _texts;

    private GermanTexts(string resx) =>
        _texts = XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    public string Get(string code, TextArgs? args = null) =>
        _texts.TryGetValue(code, out var text)
            ? Placeholder().Replace(text, m => args is not null && args.TryGetValue(m.Groups[1].Value, out var value) ? $"{value}" : m.Value)
            : code;

    public string Reason(Refusal refusal) => Get(refusal.Code, refusal.Args);

    public string? Detail(Refusal refusal) => null;

    public ITexts In(System.Globalization.CultureInfo culture) => this;

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
