using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Media.Publishing;

/// <summary>A text area of one item per line (chapters, a tour's agenda): every non-blank line must match its pattern.</summary>
internal static class TextAreaLines
{
    /// <summary>
    /// The items of <paramref name="field"/>'s lines, or null when a line does not match <paramref name="line"/>; the
    /// first such line is then named (its 1-based number given to <paramref name="refusal"/>) in the field's error.
    /// </summary>
    public static IReadOnlyList<T>? Read<T>(FormState state, string field, Regex line, Func<Match, T> item, Func<int, string> refusal)
    {
        var lines = state.Lines(field);
        var items = new List<T>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (line.Match(lines[i]) is not { Success: true } match)
            {
                state.AddError(field, refusal(i + 1));
                return null;
            }
            items.Add(item(match));
        }
        return items;
    }
}
