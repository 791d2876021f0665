using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>How far a roadmap action has come, as the SME answers in the follow-up survey.</summary>
internal enum ActionProgress
{
    NotStarted,
    InProgress,
    Done,
    Dropped,
}

/// <summary>One answer of the follow-up survey: an action and its progress.</summary>
internal sealed record ActionAnswer(Guid ActionId, ActionProgress Progress);

/// <summary>The transfer was completed: the follow-up survey is due at <paramref name="DueAt"/>.</summary>
internal sealed record FollowUpScheduled(Guid EngagementId, DateTimeOffset DueAt);

/// <summary>The follow-up survey and the prompt to repeat the maturity check were mailed.</summary>
internal sealed record FollowUpSent(Guid EngagementId, int Recipients, DateTimeOffset At);

/// <summary>The SME answered the follow-up survey. An interaction for research: ids, topics and progress values, no text.</summary>
internal sealed record FollowUpAnswered(
    Guid EngagementId,
    Guid OrganisationId,
    Guid OfferingId,
    IReadOnlyList<string> Topics,
    IReadOnlyList<ActionAnswer> Answers,
    DateTimeOffset At) : IInteractionEvent
{
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, OfferingId, SprintOfferingType.Key, InteractionKinds.Answered, At);
}
