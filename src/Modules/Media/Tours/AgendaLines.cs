using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Publishing;

namespace Kompetenzzentrum.Modules.Media.Tours;

/// <summary>
/// A tour's agenda as staff type it, one point per line: the time (hh:mm, or a span like 10:00–11:30), then the point
/// ("10:00 Begrüßung und Werksrundgang").
/// </summary>
internal static partial class AgendaLines
{
    public const string Field = "agenda";

    /// <summary>The agenda of the form's lines, or null with the first bad line named in the field's error.</summary>
    public static IReadOnlyList<AgendaItem>? Read(FormState state, ITexts texts) => TextAreaLines.Read(state, Field, Line(),
        match => new AgendaItem(match.Groups["time"].Value, match.Groups["title"].Value.Trim()),
        line => texts.Get("media.tour.agenda-line", TextArgs.Of(("line", line))));

    /// <summary>The agenda as the form shows it.</summary>
    public static string Write(IEnumerable<AgendaItem> agenda) => string.Join('\n', agenda.Select(a => $"{a.Time} {a.Title}"));

    [GeneratedRegex(@"^(?<time>([01]?\d|2[0-3])[:.][0-5]\d(\s*[–-]\s*([01]?\d|2[0-3])[:.][0-5]\d)?)\s+(?<title>\S.*)$")]
    private static partial Regex Line();
}
