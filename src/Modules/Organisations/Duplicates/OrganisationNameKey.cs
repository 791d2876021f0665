using System.Globalization;
using System.Text;

namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>
/// An organisation's name as the duplicate rule compares it: lower case, umlauts and accents folded, punctuation and
/// German legal forms (GmbH, GmbH &amp; Co. KG, UG (haftungsbeschränkt), e.K., …) dropped, whitespace collapsed.
/// "Bäckerei Korn GmbH &amp; Co. KG" and "BAECKEREI  KORN" give the same key.
/// </summary>
internal static class OrganisationNameKey
{
    // Longest first: "gmbh co kg" must go before "kg"; each is matched as whole words after punctuation became spaces.
    private static readonly string[] LegalForms =
    [
        "gmbh co kgaa", "gmbh co kg", "gmbh co ohg", "ug haftungsbeschrankt co kg", "ag co kg", "se co kg", "ug haftungsbeschrankt",
        "gesellschaft mit beschrankter haftung", "aktiengesellschaft", "kommanditgesellschaft", "offene handelsgesellschaft",
        "eingetragener kaufmann", "eingetragene kauffrau", "eingetragene genossenschaft", "eingetragener verein",
        "ggmbh", "gmbh", "mbh", "kgaa", "ag", "kg", "ohg", "ug", "gbr", "e k", "ek", "e kfm", "e kfr", "ev", "e v", "eg", "e g", "se", "partg mbb",
        "partg", "ltd", "inc", "co",
    ];

    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var words = Words(Fold(name));
        var text = " " + string.Join(' ', words) + " ";
        foreach (var form in LegalForms)
        {
            text = text.Replace(" " + form + " ", " ", StringComparison.Ordinal);
        }
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Fold(string name)
    {
        var text = name.ToLowerInvariant().Replace("ä", "a", StringComparison.Ordinal).Replace("ae", "a", StringComparison.Ordinal)
            .Replace("ö", "o", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal)
            .Replace("ü", "u", StringComparison.Ordinal).Replace("ue", "u", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal).Replace("&", " ", StringComparison.Ordinal)
            .Replace("+", " ", StringComparison.Ordinal).Replace(" und ", " ", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return builder.ToString();
    }

    private static IEnumerable<string> Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
