using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>
/// An organisation completed its participation in an offering: a catalog booking after the session was
/// attended, or a longer format (a sprint, a consultation) that its module declares finished. Feedback
/// surveys and the T1 maturity prompt start from this event, whichever module raised it.
/// </summary>
/// <param name="ParticipationId">The completed participation (a booking id, an engagement id, ...).</param>
/// <param name="SessionId">The dated session, when the participation had one.</param>
/// <param name="OfferingId">The offering.</param>
/// <param name="OfferingType">The offering's type key.</param>
/// <param name="Topics">The offering's topic keys.</param>
/// <param name="OrganisationId">The participating organisation.</param>
/// <param name="CompletedAt">When the participation was completed.</param>
public sealed record ParticipationCompleted(
    Guid ParticipationId,
    Guid? SessionId,
    Guid OfferingId,
    string OfferingType,
    IReadOnlyList<string> Topics,
    Guid OrganisationId,
    DateTimeOffset CompletedAt) : IInteractionEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, OfferingId, OfferingType, InteractionKinds.Completed, CompletedAt);
}
