using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>
/// An organisation answered the feedback survey of a completed participation. Carries scores and topic
/// keys only: the free text never enters the event history (it waits for staff review in its own table).
/// </summary>
internal sealed record FeedbackGiven(
    Guid ParticipationId,
    Guid OrganisationId,
    Guid OfferingId,
    string OfferingType,
    IReadOnlyList<string> Topics,
    int Satisfaction,
    int Usefulness,
    int Recommendation,
    IReadOnlyList<string> WantedTopics,
    DateTimeOffset AnsweredAt) : IInteractionEvent
{
    public const string Kind = "feedback";

    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, OfferingId, OfferingType, Kind, AnsweredAt);
}
