using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

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
