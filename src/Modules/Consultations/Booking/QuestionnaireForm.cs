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
                    answers[q.Id] = int.TryParse(values[0].Trim(), out var n) ? JsonSerializer.SerializeToElement(n) : JsonSerializer.SerializeToElement(values[0]);
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

    /// <summary>The API's English field messages of the questionnaire, said for the page.</summary>
    public static ApiOutcome InPageLanguage(ApiOutcome outcome) => outcome with
    {
        Errors = outcome.Errors.ToDictionary(e => e.Key, e => e.Value.Select(Message).ToArray(), StringComparer.OrdinalIgnoreCase),
    };

    private static string Message(string api) => api switch
    {
        "This question requires an answer." => UiText.T("Bitte beantworten Sie diese Frage.", "Please answer this question."),
        "This question requires at least one choice." => UiText.T("Bitte wählen Sie mindestens eine Antwort.", "Please choose at least one answer."),
        _ when api.StartsWith("A whole number", StringComparison.Ordinal) => UiText.T("Bitte wählen Sie einen Wert der Skala.", "Please choose a value of the scale."),
        _ when api.StartsWith("Text of", StringComparison.Ordinal) => UiText.T("Bitte höchstens 4000 Zeichen.", "At most 4000 characters, please."),
        _ => UiText.T("Bitte prüfen Sie Ihre Antwort.", "Please check your answer."),
    };
}
