using System.Globalization;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Catalog.Recommendations;

/// <summary>The host's texts as <see cref="TextsIn"/>: a text in a named language, whatever the request's.</summary>
internal static class RecommendationTexts
{
    /// <summary>
    /// Looks each text up with the UI culture of the named language and puts the request's culture back: the texts read
    /// the language from the UI culture, and the lookup does not await, so nothing else runs in between.
    /// </summary>
    public static TextsIn Of(ITexts texts) => (language, text) =>
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return texts.Get(text.Code, text.Args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    };
}
