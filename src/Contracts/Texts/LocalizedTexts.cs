using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Texts;

/// <summary>A text in both languages at once, for data that carries German and English (e.g. an organisation's history).</summary>
public static class LocalizedTexts
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The code's German and English text, its placeholders formatted in each language.</summary>
    public static LocalizedText Both(this ITexts texts, TextCode text) =>
        new(texts.In(German).Get(text.Code, text.Args), texts.In(English).Get(text.Code, text.Args));
}
