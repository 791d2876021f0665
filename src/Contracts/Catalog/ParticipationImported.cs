using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>
/// A participation that was completed before the platform recorded it, imported from the center's own records. Research
/// counts it like a <see cref="ParticipationCompleted"/> (interaction kind <see cref="InteractionKinds.Completed"/>, dated
/// when it happened); unlike that event it starts nothing that is meant to follow a participation now: no feedback survey,
/// no reminder, no maturity follow-up.
/// </summary>
/// <param name="ParticipationId">The participation, derived from its external id, so a re-import finds it.</param>
/// <param name="OfferingId">The offering.</param>
/// <param name="OfferingType">The offering's type key.</param>
/// <param name="Topics">The offering's topic keys.</param>
/// <param name="OrganisationId">The participating organisation.</param>
/// <param name="CompletedAt">When the participation was completed (in the past).</param>
public sealed record ParticipationImported(
    Guid ParticipationId,
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
