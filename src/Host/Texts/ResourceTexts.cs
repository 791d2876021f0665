using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Host.Texts;

/// <summary>
/// The texts of every registered <see cref="TextCatalog"/>, read once from the embedded resources. English for an
/// <c>en</c> UI culture, German otherwise; a placeholder <c>{name}</c> takes the argument's value formatted for the
/// language (dates and times in Europe/Berlin); a <c>count</c> of 1 picks the <c>#one</c> form where there is one.
/// </summary>
internal sealed partial class ResourceTexts : ITexts
{
    private readonly FrozenDictionary<string, string> _german;
    private readonly FrozenDictionary<string, string> _english;
    private readonly ITexts _inGerman;
    private readonly ITexts _inEnglish;

    public ResourceTexts(IEnumerable<TextCatalog> catalogs)
    {
        var german = new Dictionary<string, string>(StringComparer.Ordinal);
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            Read(catalog, "de", german);
            Read(catalog, "en", english);
        }
        _german = german.ToFrozenDictionary(StringComparer.Ordinal);
        _english = english.ToFrozenDictionary(StringComparer.Ordinal);
        (_inGerman, _inEnglish) = (new InLanguage(this, false), new InLanguage(this, true));
    }

    /// <summary>Every code of a language, for the test that finds keys lacking a language.</summary>
    public IReadOnlyCollection<string> Codes(string language) => language == "en" ? _english.Keys : _german.Keys;

    public string Get(string code, TextArgs? args = null) => Get(code, args, UiText.IsEnglish);

    public string Reason(Refusal refusal) => Get(refusal.Code, refusal.Args, UiText.IsEnglish);

    public string? Detail(Refusal refusal) => Detail(refusal, UiText.IsEnglish);

    public ITexts In(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? _inEnglish : _inGerman;

    private string Get(string code, TextArgs? args, bool english)
    {
        var texts = english ? _english : _german;
        var key = args is not null && args.TryGetValue("count", out var count) && IsOne(count) && texts.ContainsKey(code + "#one")
            ? code + "#one"
            : code;
        if (!texts.TryGetValue(key, out var text))
        {
            return code;
        }
        if (args is null || args.Count == 0)
        {
            return text;
        }
        var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE");
        return Placeholder().Replace(text, m => args.TryGetValue(m.Groups[1].Value, out var value) ? Format(value, culture, english) : m.Value);
    }

    private string? Detail(Refusal refusal, bool english) =>
        (english ? _english : _german).ContainsKey(refusal.Code + ".detail") ? Get(refusal.Code + ".detail", refusal.Args, english) : null;

    private static void Read(TextCatalog catalog, string language, Dictionary<string, string> into)
    {
        using var stream = catalog.Assembly.GetManifestResourceStream(catalog.ResourceName(language))
            ?? throw new InvalidOperationException($"The texts '{catalog.ResourceName(language)}' are missing in {catalog.Assembly.GetName().Name}.");
        using var reader = new ResourceReader(stream);
        foreach (DictionaryEntry entry in reader)
        {
            var code = (string)entry.Key;
            if (!code.StartsWith(catalog.Prefix + ".", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The text '{code}' in {catalog.ResourceName(language)} does not start with '{catalog.Prefix}.'.");
            }
            into[code] = entry.Value as string ?? "";
        }
    }

    private static bool IsOne(object? count) => count is IConvertible convertible && convertible.ToDecimal(CultureInfo.InvariantCulture) == 1m;

    private string Format(object? value, CultureInfo culture, bool english) => value switch
    {
        null => "",
        TextCode nested => Get(nested.Code, nested.Args, english),
        LocalizedText words => words.For(culture),
        DateTimeOffset instant => UiText.When(instant, english),
        DateOnly day => UiText.Day(day, english),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The texts in one language, whatever the current UI culture.</summary>
    private sealed class InLanguage(ResourceTexts texts, bool english) : ITexts
    {
        public string Get(string code, TextArgs? args = null) => texts.Get(code, args, english);

        public string Reason(Refusal refusal) => texts.Get(refusal.Code, refusal.Args, english);

        public string? Detail(Refusal refusal) => texts.Detail(refusal, english);

        public ITexts In(CultureInfo culture) => texts.In(culture);
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
