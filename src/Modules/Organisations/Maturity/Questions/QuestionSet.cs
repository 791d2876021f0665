using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Questions;

/// <summary>What a question measures, and so how its answer is scored.</summary>
internal static class QuestionKinds
{
    /// <summary>Counts towards a dimension score; answers 0–4.</summary>
    public const string Dimension = "dimension";

    /// <summary>How relevant a topic is; answers 1–5.</summary>
    public const string TopicRelevance = "topic-relevance";

    /// <summary>How far a topic is implemented; answers 1–5.</summary>
    public const string TopicImplementation = "topic-implementation";

    /// <summary>Whether time is short, so asynchronous formats suit better; answers 0 (no) or 1 (yes).</summary>
    public const string TimeShort = "time-short";

    public static IReadOnlyList<string> All { get; } = [Dimension, TopicRelevance, TopicImplementation, TimeShort];

    /// <summary>The kind's name for people, in the request's language.</summary>
    public static string Name(ITexts texts, string kind) => kind switch
    {
        Dimension => texts.Get("organisations.question-sets.kind-dimension"),
        TopicRelevance => texts.Get("organisations.question-sets.kind-topic-relevance"),
        TopicImplementation => texts.Get("organisations.question-sets.kind-topic-implementation"),
        TimeShort => texts.Get("organisations.question-sets.kind-time-short"),
        _ => kind,
    };

    public static (int Min, int Max) Range(string kind) => kind switch
    {
        Dimension => (0, 4),
        TopicRelevance or TopicImplementation => (1, 5),
        _ => (0, 1),
    };
}

/// <summary>One question. <paramref name="Key"/> is the dimension key or topic key it belongs to, empty for time.</summary>
internal sealed record Question(string Id, string Kind, string Key, LocalizedText Text, IReadOnlyList<LocalizedText> Labels);

/// <summary>
/// A published version of the check. A version never changes once published; results carry the version
/// they answered, so they stay comparable within it.
/// </summary>
internal sealed record QuestionSet
{
    /// <summary>The version number (the document id).</summary>
    public int Id { get; init; }

    public IReadOnlyList<Question> Questions { get; init; } = [];

    public DateTimeOffset PublishedAt { get; init; }

    public Question? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);
}
