using System.Text.RegularExpressions;

namespace Kompetenzzentrum.Modules.Research.FeedbackReview;

/// <summary>
/// Removes what looks like contact data from an approved free text: e-mail addresses, web addresses and
/// phone numbers. Staff review the text too (names are theirs to remove); this catches what they miss.
/// </summary>
internal static partial class Redaction
{
    public const string Mask = "[entfernt]";

    public static string Apply(string text)
    {
        var result = Email().Replace(text, Mask);
        result = Url().Replace(result, Mask);
        return Phone().Replace(result, Mask);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.None, 1000)]
    private static partial Regex Email();

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Url();

    [GeneratedRegex(@"\+?\d[\d /().-]{6,}\d", RegexOptions.None, 1000)]
    private static partial Regex Phone();
}
