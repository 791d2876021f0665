using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Experts;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>Checks a questionnaire staff want to publish: unique ids, fitting choices, conditions only on earlier choice questions.</summary>
internal static class QuestionnaireRules
{
    public const int MaxQuestions = 60;

    public static IReadOnlyList<Question> Check(IReadOnlyList<Question?>? questions, FieldProblems problems)
    {
        if (questions is null || questions.Count == 0 || questions.Count > MaxQuestions)
        {
            problems.Add("questions", $"1 bis {MaxQuestions} Fragen.", $"Between 1 and {MaxQuestions} questions.");
            return [];
        }
        var result = new List<Question>();
        foreach (var (q, i) in questions.Select((q, i) => (q, i)))
        {
            var field = $"questions[{i}]";
            if (q is null || string.IsNullOrWhiteSpace(q.Id) || q.Id.Length > 40 || q.Id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            {
                problems.Add(field + ".id", "Eine Kennung aus Buchstaben, Ziffern, „-“ oder „_“ (bis 40).",
                    "An id of letters, digits, '-' or '_' (up to 40).");
                continue;
            }
            if (result.Any(r => r.Id == q.Id))
            {
                problems.Add(field + ".id", "Jede Kennung nur einmal.", "Ids must be unique.");
                continue;
            }
            problems.When(!QuestionKinds.All.Contains(q.Kind), field + ".kind",
                "Eine von: " + string.Join(", ", QuestionKinds.All) + ".", "One of: " + string.Join(", ", QuestionKinds.All) + ".");
            problems.When(string.IsNullOrWhiteSpace(q.Text?.De) || string.IsNullOrWhiteSpace(q.Text?.En), field + ".text",
                "Deutscher und englischer Text.", "German and English text.");
            var choices = new List<Choice>();
            if (q.Kind is QuestionKinds.Single or QuestionKinds.Multiple)
            {
                problems.When((q.Choices?.Count ?? 0) is < 2 or > 30, field + ".choices", "2 bis 30 Antworten.", "Between 2 and 30 choices.");
                foreach (var (c, j) in (q.Choices ?? []).Select((c, j) => (c, j)))
                {
                    var cf = $"{field}.choices[{j}]";
                    if (c is null || string.IsNullOrWhiteSpace(c.Key) || choices.Any(x => x.Key == c.Key) || string.IsNullOrWhiteSpace(c.Text?.De)
                        || string.IsNullOrWhiteSpace(c.Text?.En))
                    {
                        problems.Add(cf, "Ein eindeutiger Schlüssel und deutscher und englischer Text.",
                            "A unique key and German and English text.");
                        continue;
                    }
                    var tags = Tags.Normalize(c.Tags, cf + ".tags", problems);
                    foreach (var (t, k) in (c.Topics ?? []).Select((t, k) => (t, k)))
                    {
                        problems.When(!Topics.IsKnown(t ?? ""), $"{cf}.topics[{k}]", "Unbekanntes Thema.", "Unknown topic key.");
                    }
                    choices.Add(c with { Tags = tags, Topics = c.Topics ?? [] });
                }
            }
            if (q.Kind == QuestionKinds.Scale)
            {
                problems.When(q.ScaleMin is null || q.ScaleMax is null || q.ScaleMin >= q.ScaleMax || q.ScaleMax - q.ScaleMin > 100,
                    field + ".scaleMax",
                    "scaleMin unter scaleMax, höchstens 100 auseinander.", "scaleMin below scaleMax, at most 100 apart.");
            }
            if (q.ShowWhen is { } when)
            {
                var earlier = result.FirstOrDefault(r => r.Id == when.QuestionId);
                problems.When(earlier is null || earlier.Kind is not (QuestionKinds.Single or QuestionKinds.Multiple), field + ".showWhen.questionId",
                    "Nur eine frühere Auswahlfrage.", "Must name an earlier choice question.");
                problems.When(earlier is not null && ((when.AnyOf?.Count ?? 0) == 0 || when.AnyOf!.Any(a => earlier.Choices.All(c => c.Key != a))),
                    field + ".showWhen.anyOf",
                    "Schlüssel der Antworten dieser Frage.", "Keys of that question's choices.");
            }
            result.Add(q with { Choices = choices, Text = q.Text! });
        }
        return result;
    }
}
