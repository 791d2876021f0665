using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Decisions;

/// <summary>Builds complete answers to version 1: every dimension question the same unless given, topics without gap.</summary>
internal static class Answers
{
    public static Dictionary<string, int> Uniform(int dimensionAnswer, bool timeShort = false)
    {
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var q in SeedQuestionSet.Version1.Questions)
        {
            answers[q.Id] = q.Kind switch
            {
                QuestionKinds.Dimension => dimensionAnswer,
                QuestionKinds.TimeShort => timeShort ? 1 : 0,
                _ => 3,
            };
        }
        return answers;
    }

    public static Dictionary<string, int> With(this Dictionary<string, int> answers, string dimension, params int[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            answers[$"{dimension}-{i + 1}"] = values[i];
        }
        return answers;
    }

    public static Dictionary<string, int> Topic(this Dictionary<string, int> answers, string topic, int relevance, int implementation)
    {
        answers[$"{topic}-relevance"] = relevance;
        answers[$"{topic}-implementation"] = implementation;
        return answers;
    }

    public static IEnumerable<string> Dimensions => MaturityDimensions.All;
}
