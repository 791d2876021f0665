using Kompetenzzentrum.Contracts.Kernel;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Consultations.Questionnaires;

/// <summary>Question kinds as they appear in JSON.</summary>
internal static class QuestionKinds
{
    public const string Single = "single-choice";
    public const string Multiple = "multiple-choice";
    public const string Scale = "scale";
    public const string FreeText = "free-text";

    public static readonly IReadOnlyList<string> All = [Single, Multiple, Scale, FreeText];
}

/// <summary>
/// A choice. Its <paramref name="Tags"/> route to experts and match use cases (<c>vision</c>, <c>industry:C</c>,
/// <c>data:images</c>, <c>barrier:skills</c>, <c>maturity:Entdecker</c>); its <paramref name="Topics"/> are needs for research.
/// </summary>
internal sealed record Choice(string Key, LocalizedText Text, IReadOnlyList<string> Tags, IReadOnlyList<string> Topics);

/// <summary>Show the question only when the earlier question <paramref name="QuestionId"/> was answered with any of
/// <paramref name="AnyOf"/>.</summary>
internal sealed record ShowWhen(string QuestionId, IReadOnlyList<string> AnyOf);

internal sealed record Question(
    string Id, string Kind, LocalizedText Text, bool Required, IReadOnlyList<Choice> Choices, int? ScaleMin, int? ScaleMax, ShowWhen? ShowWhen);

/// <summary>Staff published a new version of the consultation questionnaire; earlier answers keep their version.</summary>
internal sealed record ConsultationQuestionnairePublished(int Version, IReadOnlyList<Question> Questions, DateTimeOffset PublishedAt);

internal sealed record QuestionnaireVersion(int Version, IReadOnlyList<Question> Questions, DateTimeOffset PublishedAt);

/// <summary>The questionnaire with all its versions (small: a few dozen questions per version).</summary>
internal sealed record ConsultationQuestionnaire(Guid Id, IReadOnlyList<QuestionnaireVersion> Versions)
{
    /// <summary>The one questionnaire's stream.</summary>
    public static readonly Guid StreamId = Ids.Derived("consultation-questionnaire", Guid.Empty);

    public QuestionnaireVersion Current => Versions[^1];

    public QuestionnaireVersion? Find(int version) => Versions.FirstOrDefault(v => v.Version == version);
}

internal sealed partial class ConsultationQuestionnaireProjection : SingleStreamProjection<ConsultationQuestionnaire, Guid>
{
    public static ConsultationQuestionnaire Create(ConsultationQuestionnairePublished e) =>
        new(ConsultationQuestionnaire.StreamId, [new QuestionnaireVersion(e.Version, e.Questions, e.PublishedAt)]);

    public static ConsultationQuestionnaire Apply(ConsultationQuestionnairePublished e, ConsultationQuestionnaire q) =>
        q with { Versions = [.. q.Versions, new QuestionnaireVersion(e.Version, e.Questions, e.PublishedAt)] };
}
