using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>The organisation cancelled its booking (or declined seats offered from the waitlist); its seats are free again.</summary>
/// <param name="BookingId">The booking.</param>
/// <param name="SessionId">The dated session.</param>
/// <param name="OfferingId">The session's offering.</param>
/// <param name="OfferingType">The offering's type key.</param>
/// <param name="Topics">The offering's topic keys at the time of cancelling.</param>
/// <param name="OrganisationId">The cancelling organisation.</param>
/// <param name="Seats">How many seats the booking had.</param>
/// <param name="CancelledAt">When it was cancelled.</param>
public sealed record BookingCancelled(
    Guid BookingId,
    Guid SessionId,
    Guid OfferingId,
    string OfferingType,
    IReadOnlyList<string> Topics,
    Guid OrganisationId,
    int Seats,
    DateTimeOffset CancelledAt) : IInteractionEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, OfferingId, OfferingType, InteractionKinds.Cancelled, CancelledAt);
}
