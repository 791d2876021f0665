using System.Globalization;

namespace Kompetenzzentrum.Contracts.Kernel;

/// <summary>A text in German (the default) and English.</summary>
/// <param name="De">German text, always present.</param>
/// <param name="En">English text; falls back to German when empty.</param>
public sealed record LocalizedText(string De, string En)
{
    /// <summary>The text for a culture: English for any <c>en</c> culture, German otherwise.</summary>
    public string For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(En) ? En : De;

    /// <summary>The text for a language code such as <c>de</c> or <c>en</c>.</summary>
    public string For(string language) => For(CultureInfo.GetCultureInfo(language));
}
