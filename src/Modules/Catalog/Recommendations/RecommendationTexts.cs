using System.Globalization;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>The host's texts as <see cref="TextsIn"/>: a text in a named language, whatever the request's.</summary>
internal static class RecommendationTexts
{
    public static TextsIn Of(ITexts texts) => (language, text) => texts.In(CultureInfo.GetCultureInfo(language)).Get(text.Code, text.Args);
}
