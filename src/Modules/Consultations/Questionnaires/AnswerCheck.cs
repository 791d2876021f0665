using System.Text.Json;
using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>Validated answers: choice keys and scale values (for events), free texts (personal data, kept out of events).</summary>
internal sealed record ParsedAnswers(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Choices, IReadOnlyDictionary<string, int> Scales, IReadOnlyDictionary<string, string> Texts);

/// <summary>
/// Checks answers against one questionnaire version. Pure. A question is asked when it has no condition or
/// its condition's earlier question was asked and answered with one of the listed choices; a required
/// question that is asked must be answered; an answer to a question not asked is refused, so the stored
/// answers always fit the path the participant saw. Field names are <c>answers.&lt;questionId&gt;</c>.
/// </summary>
internal static class AnswerCheck
{
    public const int MaxTextLength = 4000;

    public static ParsedAnswers Check(QuestionnaireVersion questionnaire, IReadOnlyDictionary<string, JsonElement>? answers,
        ICollection<FieldError> errors)
    {
        answers ??= new Dictionary<string, JsonElement>();
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var scales = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in questionnaire.Questions)
        {
            var field = "answers." + q.Id;
            var shown = q.ShowWhen is not { } when
                || (asked.Contains(when.QuestionId) && choices.TryGetValue(when.QuestionId, out var earlier) && earlier.Any(when.AnyOf.Contains));
            var given = answers.TryGetValue(q.Id, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
            if (!shown)
            {
                if (given)
                {
                    errors.Add(new FieldError(field, "consultations.question-not-asked"));
                }
                continue;
            }
            asked.Add(q.Id);
            if (!given)
            {
                if (q.Required)
                {
                    errors.Add(new FieldError(field, "consultations.answer-required"));
                }
                continue;
            }
            switch (q.Kind)
            {
                case QuestionKinds.Single when value.ValueKind == JsonValueKind.String && q.Choices.Any(c => c.Key == value.GetString()):
                    choices[q.Id] = [value.GetString()!];
                    break;
                case QuestionKinds.Single:
                    errors.Add(new FieldError(field, "consultations.answer-single", Keys(q)));
                    break;
                case QuestionKinds.Multiple when value.ValueKind == JsonValueKind.Array
                    && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String && q.Choices.Any(c => c.Key == v.GetString())):
                    var keys = value.EnumerateArray().Select(v => v.GetString()!).Distinct(StringComparer.Ordinal).ToList();
                    if (keys.Count == 0 && q.Required)
                    {
                        errors.Add(new FieldError(field, "consultations.answer-at-least-one"));
                    }
                    choices[q.Id] = keys;
                    break;
                case QuestionKinds.Multiple:
                    errors.Add(new FieldError(field, "consultations.answer-multiple", Keys(q)));
                    break;
                case QuestionKinds.Scale when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= q.ScaleMin
                    && n <= q.ScaleMax:
                    scales[q.Id] = n;
                    break;
                case QuestionKinds.Scale:
                    errors.Add(new FieldError(field, "consultations.answer-scale", TextArgs.Of(("min", q.ScaleMin), ("max", q.ScaleMax))));
                    break;
                case QuestionKinds.FreeText when value.ValueKind == JsonValueKind.String
                    && value.GetString()!.Trim() is { Length: > 0 and <= MaxTextLength } text:
                    texts[q.Id] = text;
                    break;
                default:
                    errors.Add(new FieldError(field, "consultations.answer-text", TextArgs.Of(("max", MaxTextLength))));
                    break;
            }
        }
        foreach (var unknown in answers.Keys.Where(k => questionnaire.Questions.All(q => q.Id != k)))
        {
            errors.Add(new FieldError("answers." + unknown, "consultations.question-unknown"));
        }
        return new ParsedAnswers(choices, scales, texts);
    }

    private static TextArgs Keys(Question q) => TextArgs.Of(("keys", string.Join(", ", q.Choices.Select(c => c.Key))));

    /// <summary>The chosen choices of the answers, for routing, use-case matching and research.</summary>
    public static IReadOnlyList<Choice> Chosen(QuestionnaireVersion questionnaire, IReadOnlyDictionary<string, IReadOnlyList<string>> choices) =>
        questionnaire.Questions
            .Where(q => choices.ContainsKey(q.Id))
            .SelectMany(q => q.Choices.Where(c => choices[q.Id].Contains(c.Key)))
            .ToList();
}
