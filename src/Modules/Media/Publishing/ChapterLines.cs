using System.Globalization;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Podcasts;

namespace Kompetenzzentrum.Modules.Media.Publishing;

/// <summary>
/// An episode's chapters as staff type them in the form, one per line: the start as m:ss or h:mm:ss, then the title
/// ("12:30 Fragen aus dem Publikum"). Whether each start lies within the episode is the API's check.
/// </summary>
internal static partial class ChapterLines
{
    public const string Field = "chapters";

    /// <summary>The chapters of the form's lines, or null with the first bad line named in the field's error.</summary>
    public static IReadOnlyList<Chapter>? Read(FormState state, ITexts texts) => TextAreaLines.Read(state, Field, Line(), match =>
        {
            var minutes = match.Groups["hours"].Success
                ? Number(match.Groups["hours"]) * 60 + Number(match.Groups["hourMinutes"])
                : Number(match.Groups["minutes"]);
            return new Chapter(minutes * 60 + Number(match.Groups["seconds"]), match.Groups["title"].Value.Trim());
        },
        line => texts.Get("media.episode.chapter-line", TextArgs.Of(("line", line))));

    /// <summary>The chapters as the form shows them, in their order.</summary>
    public static string Write(IEnumerable<Chapter> chapters) =>
        string.Join('\n', chapters.OrderBy(c => c.StartSeconds).Select(c => $"{Clock(c.StartSeconds)} {c.Title}"));

    /// <summary>Seconds as m:ss (minutes beyond 59 as they are), as the form and the library show chapters and lengths.</summary>
    public static string Clock(int seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");

    // Five digits of hours and three of minutes are more than any episode; they keep the arithmetic within int.
    [GeneratedRegex(@"^(?:(?<hours>\d{1,5}):(?<hourMinutes>[0-5]\d)|(?<minutes>\d{1,3})):(?<seconds>[0-5]\d)\s+(?<title>\S.*)$")]
    private static partial Regex Line();

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
}
