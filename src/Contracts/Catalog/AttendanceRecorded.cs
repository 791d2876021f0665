using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>
/// Staff recorded whether a booking's attendees came to its session. Research counts attendance per
/// offering type; a booking with <paramref name="Attended"/> zero is a no-show.
/// </summary>
/// <param name="BookingId">The booking.</param>
/// <param name="SessionId">The dated session.</param>
/// <param name="OfferingId">The session's offering.</param>
/// <param name="OfferingType">The offering's type key.</param>
/// <param name="Topics">The offering's topic keys.</param>
/// <param name="OrganisationId">The booking organisation.</param>
/// <param name="Attended">How many of the booking's attendees came.</param>
/// <param name="NoShows">How many did not come.</param>
/// <param name="RecordedAt">When attendance was recorded.</param>
public sealed record AttendanceRecorded(
    Guid BookingId,
    Guid SessionId,
    Guid OfferingId,
    string OfferingType,
    IReadOnlyList<string> Topics,
    Guid OrganisationId,
    int Attended,
    int NoShows,
    DateTimeOffset RecordedAt) : IInteractionEvent
{
    /// <summary>The interaction kind of a booking nobody attended.</summary>
    public const string NoShowKind = "no-show";

    /// <inheritdoc />
    [JsonIgnore]
    public Interaction Interaction =>
        new(OrganisationId, Topics, OfferingId, OfferingType, Attended > 0 ? InteractionKinds.Attended : NoShowKind, RecordedAt);
}
