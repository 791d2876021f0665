using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>The scores of one completed check.</summary>
internal sealed record CheckScores(
    IReadOnlyDictionary<string, double> Dimensions,
    double Overall,
    MaturityLevel Level,
    IReadOnlyDictionary<string, double> TopicGaps,
    bool PrefersAsynchronous);

/// <summary>Pure scoring of a check: validation per question, then dimension, overall, level and topic gaps.</summary>
internal static class Scoring
{
    /// <summary>Problems, each naming its question id: missing, unknown or out-of-range answers. Empty when complete.</summary>
    public static IReadOnlyList<FieldError> Problems(QuestionSet set, IReadOnlyDictionary<string, int> answers)
    {
        var problems = new List<FieldError>();
        foreach (var question in set.Questions)
        {
            var (min, max) = QuestionKinds.Range(question.Kind);
            if (!answers.TryGetValue(question.Id, out var answer))
            {
                problems.Add(new FieldError(question.Id, "organisations.check-answer-missing"));
            }
            else if (answer < min || answer > max)
            {
                problems.Add(new FieldError(question.Id, "organisations.check-answer-out-of-range", TextArgs.Of(("min", min), ("max", max))));
            }
        }
        foreach (var unknown in answers.Keys.Where(id => set.Find(id) is null))
        {
            problems.Add(new FieldError(unknown, "organisations.check-question-unknown", TextArgs.Of(("version", set.Id))));
        }
        return problems;
    }

    /// <summary>Scores complete, valid answers (see <see cref="Problems"/>).</summary>
    public static CheckScores Score(QuestionSet set, IReadOnlyDictionary<string, int> answers)
    {
        var dimensions = MaturityDimensions.All.ToDictionary(
            d => d,
            d => Round(set.Questions.Where(q => q.Kind == QuestionKinds.Dimension && q.Key == d)
                .Select(q => answers[q.Id] / 4.0 * 100).DefaultIfEmpty(0).Average()),
            StringComparer.Ordinal);
        var overall = Round(dimensions.Values.Average());
        var gaps = set.Questions.Where(q => q.Kind == QuestionKinds.TopicRelevance)
            .Select(r => (Topic: r.Key, Gap: Gap(answers[r.Id], answers[ImplementationOf(set, r.Key).Id])))
            .Where(g => g.Gap > 0)
            .OrderByDescending(g => g.Gap).ThenBy(g => g.Topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Topic, g => g.Gap, StringComparer.Ordinal);
        var timeShort = set.Questions.Any(q => q.Kind == QuestionKinds.TimeShort && answers[q.Id] == 1);
        return new CheckScores(dimensions, overall, MaturityLevels.FromScore(overall), gaps, timeShort);
    }

    /// <summary>Need strength 0–1: how far relevance exceeds implementation on the 1–5 scales.</summary>
    public static double Gap(int relevance, int implementation) => Math.Max(0, relevance - implementation) / 4.0;

    private static Question ImplementationOf(QuestionSet set, string topic) =>
        set.Questions.First(q => q.Kind == QuestionKinds.TopicImplementation && q.Key == topic);

    // Two decimals: enough for people, and stable for comparing rounds.
    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
