using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

internal sealed record QuestionInput(string? Id, string? Kind, string? Key, LocalizedText? Text, IReadOnlyList<LocalizedText>? Labels);

/// <summary>A new version of the check as staff send it.</summary>
internal sealed record QuestionSetInput(IReadOnlyList<QuestionInput>? Questions)
{
    /// <summary>What is wrong with the new version, as text codes per field; empty when it may be published.</summary>
    public FieldErrors Validate()
    {
        var problems = new FieldErrors();
        if (Questions is not { Count: > 0 })
        {
            problems.Add(new FieldError("questions", "organisations.question-set.questions-required"));
            return problems;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Questions.Count; i++)
        {
            var q = Questions[i];
            var at = $"questions[{i}]";
            problems.When(string.IsNullOrWhiteSpace(q.Id) || !ids.Add(q.Id), $"{at}.id", "organisations.question-set.id-unique");
            if (q.Kind is null || !QuestionKinds.All.Contains(q.Kind))
            {
                problems.Add(new FieldError($"{at}.kind", "organisations.question-set.kind-unknown",
                    TextArgs.Of(("kinds", string.Join(", ", QuestionKinds.All)))));
                continue;
            }
            var keyKnown = q.Kind switch
            {
                QuestionKinds.Dimension => MaturityDimensions.All.Contains(q.Key),
                QuestionKinds.TimeShort => string.IsNullOrEmpty(q.Key),
                _ => q.Key is not null && Topics.IsKnown(q.Key),
            };
            problems.When(!keyKnown, $"{at}.key", "organisations.question-set.key-unknown");
            problems.When(string.IsNullOrWhiteSpace(q.Text?.De), $"{at}.text", "organisations.question-set.text-required");
            var (min, max) = QuestionKinds.Range(q.Kind);
            problems.When(q.Labels?.Count != max - min + 1, $"{at}.labels", "organisations.question-set.labels-count",
                TextArgs.Of(("count", max - min + 1)));
        }
        foreach (var dimension in MaturityDimensions.All.Where(d => !Questions.Any(q => q.Kind == QuestionKinds.Dimension && q.Key == d)))
        {
            problems.Add(new FieldError("questions", "organisations.question-set.dimension-missing", TextArgs.Of(("dimension", dimension))));
        }
        var relevance = Keys(QuestionKinds.TopicRelevance);
        var implementation = Keys(QuestionKinds.TopicImplementation);
        problems.When(!relevance.SetEquals(implementation) || relevance.Count != Questions.Count(q => q.Kind == QuestionKinds.TopicRelevance)
                || implementation.Count != Questions.Count(q => q.Kind == QuestionKinds.TopicImplementation),
            "questions", "organisations.question-set.topic-pair");
        problems.When(Questions.Count(q => q.Kind == QuestionKinds.TimeShort) > 1, "questions", "organisations.question-set.time-once");
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
