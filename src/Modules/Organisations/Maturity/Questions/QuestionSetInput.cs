using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Web;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

internal sealed record QuestionInput(string? Id, string? Kind, string? Key, LocalizedText? Text, IReadOnlyList<LocalizedText>? Labels);

/// <summary>A new version of the check as staff send it.</summary>
internal sealed record QuestionSetInput(IReadOnlyList<QuestionInput>? Questions)
{
    public FieldProblems Validate()
    {
        var problems = new FieldProblems();
        if (Questions is not { Count: > 0 })
        {
            return problems.Add("questions", "Geben Sie die Fragen an.", "Give the questions.");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Questions.Count; i++)
        {
            var q = Questions[i];
            var at = $"questions[{i}]";
            problems.When(string.IsNullOrWhiteSpace(q.Id) || !ids.Add(q.Id), $"{at}.id", "Geben Sie eine eindeutige Kennung an.", "Give a unique id.");
            if (q.Kind is null || !QuestionKinds.All.Contains(q.Kind))
            {
                problems.Add($"{at}.kind", "Eine von: " + string.Join(", ", QuestionKinds.All) + ".", "Use one of: " + string.Join(", ", QuestionKinds.All) + ".");
                continue;
            }
            var keyKnown = q.Kind switch
            {
                QuestionKinds.Dimension => MaturityDimensions.All.Contains(q.Key),
                QuestionKinds.TimeShort => string.IsNullOrEmpty(q.Key),
                _ => q.Key is not null && Topics.IsKnown(q.Key),
            };
            problems.When(!keyKnown, $"{at}.key",
                "Ein Dimensions- oder Themenschlüssel, bei der Zeitfrage keiner.", "Use a dimension key, a topic key, or nothing for the time question.");
            problems.When(string.IsNullOrWhiteSpace(q.Text?.De), $"{at}.text", "Geben Sie den deutschen Text an.", "Give the German text.");
            var (min, max) = QuestionKinds.Range(q.Kind);
            problems.When(q.Labels?.Count != max - min + 1, $"{at}.labels", $"Geben Sie {max - min + 1} Antwortbeschriftungen an.", $"Give {max - min + 1} answer labels.");
        }
        foreach (var dimension in MaturityDimensions.All.Where(d => !Questions.Any(q => q.Kind == QuestionKinds.Dimension && q.Key == d)))
        {
            problems.Add("questions", $"Stellen Sie mindestens eine Frage zur Dimension {dimension}.", $"Ask at least one question of dimension {dimension}.");
        }
        var relevance = Keys(QuestionKinds.TopicRelevance);
        var implementation = Keys(QuestionKinds.TopicImplementation);
        problems.When(!relevance.SetEquals(implementation) || relevance.Count != Questions.Count(q => q.Kind == QuestionKinds.TopicRelevance)
                || implementation.Count != Questions.Count(q => q.Kind == QuestionKinds.TopicImplementation),
            "questions", "Fragen Sie Relevanz und Umsetzung eines Themas als genau ein Paar.", "Ask relevance and implementation of a topic as exactly one pair.");
        problems.When(Questions.Count(q => q.Kind == QuestionKinds.TimeShort) > 1, "questions", "Fragen Sie höchstens einmal nach der Zeit.", "Ask about time at most once.");
        return problems;
    }

    private HashSet<string> Keys(string kind) =>
        Questions!.Where(q => q.Kind == kind && q.Key is not null).Select(q => q.Key!).ToHashSet(StringComparer.Ordinal);

    public QuestionSet ToSet(int version, DateTimeOffset now) => new()
    {
        Id = version,
        PublishedAt = now,
        Questions = Questions!.Select(q => new Question(q.Id!, q.Kind!, q.Key ?? "", q.Text!, q.Labels!)).ToList(),
    };
}
