using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>
/// An organisation holds confirmed seats in a session: booked while seats were free, or an offer from the
/// waitlist accepted. Carries counts, never attendee names, so it can reach research as it is.
/// </summary>
/// <param name="BookingId">The booking.</param>
/// <param name="SessionId">The dated session booked.</param>
/// <param name="OfferingId">The session's offering.</param>
/// <param name="OfferingType">The offering's type key.</param>
/// <param name="Topics">The offering's topic keys at the time of booking.</param>
/// <param name="OrganisationId">The booking organisation.</param>
/// <param name="Seats">How many seats (attendees) are confirmed.</param>
/// <param name="ConfirmedAt">When the seats were confirmed.</param>
public sealed record BookingConfirmed(
    Guid BookingId,
    Guid SessionId,
    Guid OfferingId,
    string OfferingType,
    IReadOnlyList<string> Topics,
    Guid OrganisationId,
    int Seats,
    DateTimeOffset ConfirmedAt) : IInteractionEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, OfferingId, OfferingType, InteractionKinds.Booked, ConfirmedAt);
}
