using System.Globalization;
using System.Text;

namespace Kompetenzzentrum.Modules.Organisations.Imports;

/// <summary>
/// The columns an import knows, each by its field name (as the API and the report name it) and the headers accepted
/// for it, German and English, compared without case, spaces, dashes, slashes and dots (<c>E-Mail</c> = <c>email</c>).
/// </summary>
internal sealed class ImportColumns(IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required)
{
    /// <summary>Fields that a file must have a column for.</summary>
    public IReadOnlyList<string> Required => required;

    /// <summary>Field name to the header the file uses for it, for the fields the file has.</summary>
    public IReadOnlyDictionary<string, string> Find(IReadOnlyList<string> headers)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, names) in aliases)
        {
            var keys = names.Append(field).Select(Key).ToHashSet();
            if (headers.FirstOrDefault(h => keys.Contains(Key(h))) is { } header)
            {
                found[field] = header;
            }
        }
        return found;
    }

    /// <summary>A header or value compared loosely: lower case, without accents' spacing and punctuation.</summary>
    public static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }
        return key.ToString();
    }
}
