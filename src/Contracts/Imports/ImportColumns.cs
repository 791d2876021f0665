using System.Globalization;
using System.Text;
using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Contracts.Imports;

/// <summary>
/// The columns an import knows, each by its field name (as the API and the report name it) and the headers accepted
/// for it, German and English, compared without case, spaces, dashes, slashes and dots (<c>E-Mail</c> = <c>email</c>).
/// </summary>
/// <param name="aliases">Field name to the headers accepted for it (the field name itself is always accepted).</param>
/// <param name="required">Fields that a file must have a column for.</param>
public sealed class ImportColumns(IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required)
{
    /// <summary>Fields that a file must have a column for.</summary>
    public IReadOnlyList<string> Required => required;

    /// <summary>Field name to the header the file uses for it, for the fields the file has.</summary>
    /// <param name="headers">The file's headers.</param>
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

    /// <summary>
    /// Why <paramref name="table"/> cannot be imported at all (unreadable, a required column missing, more than
    /// <paramref name="maxRows"/> rows), each as a field error of <c>file</c>; or null, with the file's header of every
    /// field it has in <paramref name="found"/>.
    /// </summary>
    /// <param name="table">The table read from the file, null when it was unreadable.</param>
    /// <param name="maxRows">The most data rows accepted.</param>
    /// <param name="found">Field name to the file's header for it.</param>
    public Refusal? Refuse(ImportTable? table, int maxRows, out IReadOnlyDictionary<string, string> found)
    {
        found = new Dictionary<string, string>();
        if (table is null)
        {
            return Refusal.Invalid("file", "common.import.file-unreadable");
        }
        found = Find(table.Headers);
        var columns = found;
        var missing = required.Where(f => !columns.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            return Refusal.Invalid(missing.Select(f => new FieldError("file", "common.import.column-missing", TextArgs.Of(("column", f)))));
        }
        return table.Rows.Count > maxRows ? Refusal.Invalid("file", "common.import.too-many-rows", TextArgs.Of(("max", maxRows))) : null;
    }

    /// <summary>A header or value as compared loosely: lower case letters and digits only.</summary>
    /// <param name="text">The header or value.</param>
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
