using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Consultations.Experts;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>Checks a questionnaire staff want to publish: unique ids, fitting choices, conditions only on earlier choice questions.</summary>
internal static class QuestionnaireRules
{
    public const int MaxQuestions = 60;
    private const int MaxIdLength = 40;
    private const int MinChoices = 2;
    private const int MaxChoices = 30;
    private const int MaxScaleSpan = 100;

    public static IReadOnlyList<Question> Check(IReadOnlyList<Question?>? questions, FieldErrors problems)
    {
        if (questions is null || questions.Count == 0 || questions.Count > MaxQuestions)
        {
            problems.Add(new FieldError("questions", "consultations.questionnaire.questions-count", TextArgs.Of(("max", MaxQuestions))));
            return [];
        }
        var result = new List<Question>();
        foreach (var (q, i) in questions.Select((q, i) => (q, i)))
        {
            var field = $"questions[{i}]";
            if (q is null || string.IsNullOrWhiteSpace(q.Id) || q.Id.Length > MaxIdLength
                || q.Id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            {
                problems.Add(new FieldError(field + ".id", "consultations.questionnaire.id-format", TextArgs.Of(("max", MaxIdLength))));
                continue;
            }
            if (result.Any(r => r.Id == q.Id))
            {
                problems.Add(new FieldError(field + ".id", "consultations.questionnaire.id-unique"));
                continue;
            }
            problems.When(!QuestionKinds.All.Contains(q.Kind), field + ".kind", "consultations.questionnaire.kind-unknown",
                TextArgs.Of(("kinds", string.Join(", ", QuestionKinds.All))));
            problems.When(string.IsNullOrWhiteSpace(q.Text?.De) || string.IsNullOrWhiteSpace(q.Text?.En), field + ".text",
                "consultations.questionnaire.text-required");
            var choices = new List<Choice>();
            if (q.Kind is QuestionKinds.Single or QuestionKinds.Multiple)
            {
                problems.When((q.Choices?.Count ?? 0) is < MinChoices or > MaxChoices, field + ".choices",
                    "consultations.questionnaire.choices-count", TextArgs.Of(("min", MinChoices), ("max", MaxChoices)));
                foreach (var (c, j) in (q.Choices ?? []).Select((c, j) => (c, j)))
                {
                    var cf = $"{field}.choices[{j}]";
                    if (c is null || string.IsNullOrWhiteSpace(c.Key) || choices.Any(x => x.Key == c.Key) || string.IsNullOrWhiteSpace(c.Text?.De)
                        || string.IsNullOrWhiteSpace(c.Text?.En))
                    {
                        problems.Add(new FieldError(cf, "consultations.questionnaire.choice-invalid"));
                        continue;
                    }
                    var tags = Tags.Normalize(c.Tags, cf + ".tags", problems);
                    foreach (var (t, k) in (c.Topics ?? []).Select((t, k) => (t, k)))
                    {
                        problems.When(!Topics.IsKnown(t ?? ""), $"{cf}.topics[{k}]", "consultations.input.topic-unknown");
                    }
                    choices.Add(c with { Tags = tags, Topics = c.Topics ?? [] });
                }
            }
            if (q.Kind == QuestionKinds.Scale)
            {
                problems.When(q.ScaleMin is null || q.ScaleMax is null || q.ScaleMin >= q.ScaleMax || q.ScaleMax - q.ScaleMin > MaxScaleSpan,
                    field + ".scaleMax", "consultations.questionnaire.scale-range", TextArgs.Of(("max", MaxScaleSpan)));
            }
            if (q.ShowWhen is { } when)
            {
                var earlier = result.FirstOrDefault(r => r.Id == when.QuestionId);
                problems.When(earlier is null || earlier.Kind is not (QuestionKinds.Single or QuestionKinds.Multiple), field + ".showWhen.questionId",
                    "consultations.questionnaire.show-when-question");
                problems.When(earlier is not null && ((when.AnyOf?.Count ?? 0) == 0 || when.AnyOf!.Any(a => earlier.Choices.All(c => c.Key != a))),
                    field + ".showWhen.anyOf", "consultations.questionnaire.show-when-choices");
            }
            result.Add(q with { Choices = choices, Text = q.Text! });
        }
        return result;
    }
}
