using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>The body of a survey answer.</summary>
internal sealed record SurveyAnswer(int? Satisfaction, int? Usefulness, int? Recommendation, IReadOnlyList<string>? TopicsWanted, string? FreeText)
{
    public const int MaxFreeText = 4000;

    /// <summary>The answer's field errors, or null when it is valid.</summary>
    public Refusal? Check()
    {
        var errors = new List<FieldError>();
        if (Satisfaction is not (>= 1 and <= 5))
        {
            errors.Add(new FieldError("satisfaction", "research.satisfaction-out-of-range"));
        }
        if (Usefulness is not (>= 1 and <= 5))
        {
            errors.Add(new FieldError("usefulness", "research.usefulness-out-of-range"));
        }
        if (Recommendation is not (>= 0 and <= 10))
        {
            errors.Add(new FieldError("recommendation", "research.recommendation-out-of-range"));
        }
        if (TopicsWanted is { Count: > 10 })
        {
            errors.Add(new FieldError("topicsWanted", "research.topics-too-many"));
        }
        if (TopicsWanted?.Any(t => t is null || !Topics.IsKnown(t)) == true)
        {
            errors.Add(new FieldError("topicsWanted", "research.topics-unknown"));
        }
        if (FreeText is { Length: > MaxFreeText })
        {
            errors.Add(new FieldError("freeText", "research.free-text-too-long", TextArgs.Of(("max", MaxFreeText))));
        }
        return errors.Count > 0 ? Refusal.Invalid(errors) : null;
    }

    public IReadOnlyList<string> WantedTopics => (TopicsWanted ?? []).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True when a repeated answer is the same as the one stored (a retry, not a second opinion).</summary>
    public bool SameAs(FeedbackGiven given) =>
        given.Satisfaction == Satisfaction && given.Usefulness == Usefulness && given.Recommendation == Recommendation
        && given.WantedTopics.SequenceEqual(WantedTopics);
}
