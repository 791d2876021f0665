using System.Text.Json;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// Reads the questionnaire form. Without script the page shows every question with a note when it applies;
/// an answer to a question that does not apply to the earlier answers is dropped here (the same rule as
/// <see cref="AnswerCheck"/>), so the SME never sees an error for a question it need not answer.
/// </summary>
internal static class QuestionnaireForm
{
    public const string Prefix = "answers.";

    public static Dictionary<string, JsonElement> Read(QuestionnaireVersion questionnaire, FormState state)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var choices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var q in questionnaire.Questions)
        {
            if (q.ShowWhen is { } when && !(choices.TryGetValue(when.QuestionId, out var earlier) && earlier.Any(when.AnyOf.Contains)))
            {
                continue;
            }
            var name = Prefix + q.Id;
            var values = state.Values(name).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (values.Count == 0)
            {
                continue;
            }
            switch (q.Kind)
            {
                case QuestionKinds.Multiple:
                    choices[q.Id] = values;
                    answers[q.Id] = JsonSerializer.SerializeToElement(values);
                    break;
                case QuestionKinds.Scale:
                    answers[q.Id] = int.TryParse(values[0].Trim(), out var n) ? JsonSerializer.SerializeToElement(n)
                        : JsonSerializer.SerializeToElement(values[0]);
                    break;
                case QuestionKinds.Single:
                    choices[q.Id] = [values[0]];
                    answers[q.Id] = JsonSerializer.SerializeToElement(values[0]);
                    break;
                default:
                    answers[q.Id] = JsonSerializer.SerializeToElement(values[0]);
                    break;
            }
        }
        return answers;
    }

    /// <summary>The form pre-filled with stored answers (choices, scales, free texts).</summary>
    public static FormState Filled(Consultation consultation, ConsultationTexts? texts)
    {
        var state = FormState.Empty();
        foreach (var (question, keys) in consultation.Choices)
        {
            state.With(Prefix + question, keys);
        }
        foreach (var (question, value) in consultation.Scales)
        {
            state.With(Prefix + question, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var (question, text) in texts?.Answers ?? new Dictionary<string, string>())
        {
            state.With(Prefix + question, text);
        }
        return state;
    }
}
