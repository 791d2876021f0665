using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Web;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>The body of a survey answer.</summary>
internal sealed record SurveyAnswer(int? Satisfaction, int? Usefulness, int? Recommendation, IReadOnlyList<string>? TopicsWanted, string? FreeText)
{
    public const int MaxFreeText = 4000;

    /// <summary>The field problems of the answer; empty when valid.</summary>
    public FieldProblems Validate()
    {
        var problems = new FieldProblems();
        problems.When(Satisfaction is not (>= 1 and <= 5), "satisfaction",
            "Eine ganze Zahl von 1 (schlecht) bis 5 (ausgezeichnet).", "A whole number from 1 (poor) to 5 (excellent).");
        problems.When(Usefulness is not (>= 1 and <= 5), "usefulness",
            "Eine ganze Zahl von 1 (nicht nützlich) bis 5 (sehr nützlich).", "A whole number from 1 (not useful) to 5 (very useful).");
        problems.When(Recommendation is not (>= 0 and <= 10), "recommendation",
            "Eine ganze Zahl von 0 (sicher nicht) bis 10 (ganz sicher).", "A whole number from 0 (never) to 10 (certainly).");
        problems.When(TopicsWanted is { Count: > 10 }, "topicsWanted", "Höchstens 10 Themen.", "At most 10 topics.");
        problems.When(TopicsWanted?.Any(t => t is null || !Topics.IsKnown(t)) == true, "topicsWanted", "Nur bekannte Themen.", "Only known topic keys.");
        problems.When(FreeText is { Length: > MaxFreeText }, "freeText", $"Höchstens {MaxFreeText} Zeichen.", $"At most {MaxFreeText} characters.");
        return problems;
    }

    public IReadOnlyList<string> WantedTopics => (TopicsWanted ?? []).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True when a repeated answer is the same as the one stored (a retry, not a second opinion).</summary>
    public bool SameAs(FeedbackGiven given) =>
        given.Satisfaction == Satisfaction && given.Usefulness == Usefulness && given.Recommendation == Recommendation
        && given.WantedTopics.SequenceEqual(WantedTopics);
}
