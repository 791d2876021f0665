using System.Globalization;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>
/// The questionnaire editor's plain form (no script), both ways. <c>count</c> question rows; row <c>i</c> has
/// <c>questions[i].id</c>, <c>.kind</c>, <c>.text</c> (German), <c>.textEn</c>, <c>.required</c>, <c>.scaleMin</c>, <c>.scaleMax</c>,
/// <c>.showWhen.questionId</c>, <c>.showWhen.anyOf</c> (choice keys, comma-separated), <c>.remove</c> and <c>.choiceCount</c> choice rows,
/// each <c>questions[i].choices[j].key</c>, <c>.text</c>, <c>.textEn</c>, <c>.tags</c>, <c>.topics</c> (comma-separated) and <c>.remove</c>.
/// The fields carry the API's names, so that a refusal's errors stand next to them; blank and removed rows are left out and
/// the refusal's indexes are turned back into the form's rows (<see cref="ToRows"/>).
/// </summary>
internal static partial class QuestionnaireForm
{
    /// <summary>Most question rows and choice rows per question the form holds.</summary>
    public const int MaxRows = 80;

    /// <summary>Choice rows of a question row that does not say how many it has (a new question).</summary>
    public const int NewChoiceRows = 2;

    /// <summary>Where the posted rows of the input came from: question <c>k</c> is row <c>Questions[k]</c>, its choice <c>m</c> row
    /// <c>Choices[k][m]</c>.</summary>
    public sealed record Rows(IReadOnlyList<int> Questions, IReadOnlyList<IReadOnlyList<int>> Choices);

    /// <summary>The form of a version to draft the next one from: its questions, one empty question and one empty choice row each.</summary>
    public static FormState From(QuestionnaireVersion? basis)
    {
        var questions = basis?.Questions ?? DefaultQuestionnaire.Questions;
        var state = FormState.Empty().With("basedOn", Number(basis?.Version ?? 0)).With("count", Number(questions.Count + 1));
        for (var i = 0; i < questions.Count; i++)
        {
            var (q, at) = (questions[i], $"questions[{i}]");
            state.With(at + ".id", q.Id).With(at + ".kind", q.Kind).With(at + ".text", q.Text.De).With(at + ".textEn", q.Text.En)
                .With(at + ".required", q.Required ? "true" : null).With(at + ".scaleMin", q.ScaleMin?.ToString(CultureInfo.InvariantCulture))
                .With(at + ".scaleMax", q.ScaleMax?.ToString(CultureInfo.InvariantCulture))
                .With(at + ".showWhen.questionId", q.ShowWhen?.QuestionId).With(at + ".showWhen.anyOf", Join(q.ShowWhen?.AnyOf))
                .With(at + ".choiceCount", Number(q.Choices.Count + 1));
            for (var j = 0; j < q.Choices.Count; j++)
            {
                var (c, cat) = (q.Choices[j], $"{at}.choices[{j}]");
                state.With(cat + ".key", c.Key).With(cat + ".text", c.Text.De).With(cat + ".textEn", c.Text.En).With(cat + ".tags", Join(c.Tags))
                    .With(cat + ".topics", Join(c.Topics));
            }
        }
        return state;
    }

    /// <summary>How many question rows the form has.</summary>
    public static int Count(FormState state) => Bounded(state.Value("count"), 1);

    /// <summary>How many choice rows question row <paramref name="row"/> has.</summary>
    public static int ChoiceCount(FormState state, int row) => Bounded(state.Value($"questions[{row}].choiceCount"), NewChoiceRows);

    /// <summary>The version the draft started from (0: none published), or null when the form does not say.</summary>
    public static int? BasedOn(FormState state) =>
        int.TryParse(state.Value("basedOn"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;

    /// <summary>The same form with one more question row (<paramref name="choiceOf"/> null) or one more choice row of a question.</summary>
    public static FormState AddRow(FormState state, int? choiceOf) => choiceOf is { } row && row >= 0 && row < Count(state)
        ? state.With($"questions[{row}].choiceCount", Number(Math.Min(ChoiceCount(state, row) + 1, MaxRows)))
        : state.With("count", Number(Math.Min(Count(state) + 1, MaxRows)));

    /// <summary>The questions of the posted rows for <see cref="QuestionnaireVersions.PublishAsync"/>, and where each came from.</summary>
    public static (IReadOnlyList<Question?> Questions, Rows Rows) Read(FormState state)
    {
        var questions = new List<Question?>();
        var rows = new List<int>();
        var choiceRows = new List<IReadOnlyList<int>>();
        for (var i = 0; i < Count(state); i++)
        {
            var at = $"questions[{i}]";
            var (choices, fromRows) = ReadChoices(state, i);
            var (id, text, textEn) = (Text(state, at + ".id"), Text(state, at + ".text"), Text(state, at + ".textEn"));
            if (state.Value(at + ".remove") is not null || (id.Length == 0 && text.Length == 0 && textEn.Length == 0 && choices.Count == 0))
            {
                continue;
            }
            var kind = state.Value(at + ".kind") ?? QuestionKinds.Single;
            var (questionId, anyOf) = (Text(state, at + ".showWhen.questionId"), List(state, at + ".showWhen.anyOf"));
            var scale = kind == QuestionKinds.Scale;
            questions.Add(new Question(id, kind, new LocalizedText(text, textEn), state.Value(at + ".required") is "true",
                kind is QuestionKinds.Single or QuestionKinds.Multiple ? choices : [],
                scale ? Int(state, at + ".scaleMin") : null, scale ? Int(state, at + ".scaleMax") : null,
                questionId.Length == 0 && anyOf.Count == 0 ? null : new ShowWhen(questionId, anyOf)));
            rows.Add(i);
            choiceRows.Add(fromRows);
        }
        return (questions, new Rows(rows, choiceRows));
    }

    /// <summary>The refusal with its fields named as the form's rows; a tag or topic error goes to the choice row's field.</summary>
    public static Refusal ToRows(Refusal refusal, Rows rows) => refusal with
    {
        Fields = [.. refusal.Fields.Select(f => f with { Field = FieldOf(f.Field, rows) })],
    };

    /// <summary>The kind's name in the request's language.</summary>
    public static string KindName(ITexts texts, string kind) => kind switch
    {
        QuestionKinds.Single => texts.Get("consultations.questionnaire-admin.kind-single"),
        QuestionKinds.Multiple => texts.Get("consultations.questionnaire-admin.kind-multiple"),
        QuestionKinds.Scale => texts.Get("consultations.questionnaire-admin.kind-scale"),
        _ => texts.Get("consultations.questionnaire-admin.kind-free-text"),
    };

    private static (List<Choice> Choices, List<int> Rows) ReadChoices(FormState state, int row)
    {
        var choices = new List<Choice>();
        var rows = new List<int>();
        for (var j = 0; j < ChoiceCount(state, row); j++)
        {
            var at = $"questions[{row}].choices[{j}]";
            var (key, text, textEn) = (Text(state, at + ".key"), Text(state, at + ".text"), Text(state, at + ".textEn"));
            var (tags, topics) = (List(state, at + ".tags"), List(state, at + ".topics"));
            if (state.Value(at + ".remove") is not null
                || (key.Length == 0 && text.Length == 0 && textEn.Length == 0 && tags.Count == 0 && topics.Count == 0))
            {
                continue;
            }
            choices.Add(new Choice(key, new LocalizedText(text, textEn), tags, topics));
            rows.Add(j);
        }
        return (choices, rows);
    }

    private static string FieldOf(string field, Rows rows)
    {
        var match = Indexes().Match(field);
        if (!match.Success || !int.TryParse(match.Groups["q"].Value, CultureInfo.InvariantCulture, out var k) || k >= rows.Questions.Count)
        {
            return field;
        }
        var question = $"questions[{rows.Questions[k]}]";
        if (!match.Groups["c"].Success)
        {
            return question + field[match.Length..];
        }
        var m = int.Parse(match.Groups["c"].Value, CultureInfo.InvariantCulture);
        var choice = m < rows.Choices[k].Count ? $"{question}.choices[{rows.Choices[k][m]}]" : $"{question}.choices";
        return choice + match.Groups["list"].Value;
    }

    // questions[k], or questions[k].choices[m] with .tags or .topics (their item index dropped: the form has one field for the list).
    [GeneratedRegex(@"^questions\[(?<q>\d+)\](\.choices\[(?<c>\d+)\](?<list>\.tags|\.topics)?)?")]
    private static partial Regex Indexes();

    private static string Text(FormState state, string field) => state.Value(field)?.Trim() ?? "";

    private static List<string> List(FormState state, string field) =>
        [.. (state.Value(field) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static int? Int(FormState state, string field) =>
        int.TryParse(state.Value(field), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Join(IEnumerable<string>? values) => values is null ? null : string.Join(", ", values);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static int Bounded(string? text, int fallback) =>
        Math.Clamp(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback, 1, MaxRows);
}
