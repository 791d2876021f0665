using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>A session was full (or others were waiting): the organisation's booking joined the end of the waitlist.</summary>
/// <param name="BookingId">The booking.</param>
/// <param name="SessionId">The dated session booked.</param>
/// <param name="OfferingId">The session's offering.</param>
/// <param name="OfferingType">The offering's type key.</param>
/// <param name="Topics">The offering's topic keys at the time of booking.</param>
/// <param name="OrganisationId">The booking organisation.</param>
/// <param name="Seats">How many seats (attendees) it waits for.</param>
/// <param name="WaitlistedAt">When it joined the waitlist.</param>
public sealed record BookingWaitlisted(
    Guid BookingId,
    Guid SessionId,
    Guid OfferingId,
    string OfferingType,
    IReadOnlyList<string> Topics,
    Guid OrganisationId,
    int Seats,
    DateTimeOffset WaitlistedAt) : IInteractionEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, OfferingId, OfferingType, InteractionKinds.Waitlisted, WaitlistedAt);
}
