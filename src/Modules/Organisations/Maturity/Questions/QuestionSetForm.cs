using System.Globalization;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

/// <summary>
/// The editor's form and the API's input, both ways. Question <c>i</c> has the fields <c>questions[i].id</c>, <c>.kind</c>,
/// <c>.key</c>, <c>.text</c> (German), <c>.textEn</c>, <c>.labels</c> and <c>.labelsEn</c> (one answer label a line) and
/// <c>.remove</c>; the German fields carry the API's names, so a refusal's field errors land next to them. Rows that are
/// removed or left blank are dropped; the refusal's indexes are turned back into the form's.
/// </summary>
internal static partial class QuestionSetForm
{
    public static FormState From(IEnumerable<Question> questions)
    {
        var state = FormState.Empty();
        var list = questions.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var q = list[i];
            var at = $"questions[{i}]";
            state.With(at + ".id", q.Id).With(at + ".kind", q.Kind).With(at + ".key", q.Key).With(at + ".text", q.Text.De)
                .With(at + ".textEn", q.Text.En).With(at + ".labels", string.Join('\n', q.Labels.Select(l => l.De)))
                .With(at + ".labelsEn", string.Join('\n', q.Labels.Select(l => l.En)));
        }
        return state.With("count", (list.Count + 1).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The input of the posted rows, and for each of its questions the row of the form it came from.</summary>
    public static (QuestionSetInput Input, IReadOnlyList<int> Rows) Read(FormState state)
    {
        var count = Math.Clamp(int.TryParse(state.Value("count"), CultureInfo.InvariantCulture, out var n) ? n : 0, 0, 500);
        var questions = new List<QuestionInput>();
        var rows = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var at = $"questions[{i}]";
            var (id, text, labels) = (state.Value(at + ".id")?.Trim(), state.Value(at + ".text")?.Trim(), state.Lines(at + ".labels"));
            if (state.Value(at + ".remove") is not null || string.IsNullOrEmpty(id) && string.IsNullOrEmpty(text) && labels.Length == 0)
            {
                continue;
            }
            var textEn = state.Value(at + ".textEn")?.Trim();
            var labelsEn = state.Lines(at + ".labelsEn");
            var key = state.Value(at + ".key")?.Trim();
            questions.Add(new QuestionInput(id, state.Value(at + ".kind"), string.IsNullOrEmpty(key) ? null : key,
                new LocalizedText(text ?? "", string.IsNullOrEmpty(textEn) ? text ?? "" : textEn),
                [.. labels.Select((label, k) => new LocalizedText(label, k < labelsEn.Length ? labelsEn[k] : label))]));
            rows.Add(i);
        }
        return (new QuestionSetInput(questions), rows);
    }

    /// <summary>The refusal with its fields named as the form's rows (question 3 of the input may be row 5 of the form).</summary>
    public static Refusal ToRows(Refusal refusal, IReadOnlyList<int> rows) => refusal with
    {
        Fields = [.. refusal.Fields.Select(f => f with
        {
            Field = Index().Replace(f.Field, m => int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var k) && k < rows.Count
                ? $"questions[{rows[k]}]"
                : m.Value),
        })],
    };

    [GeneratedRegex(@"^questions\[(\d+)\]")]
    private static partial Regex Index();
}
