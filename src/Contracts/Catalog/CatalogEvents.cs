using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>
/// An offering became visible and bookable in the shared catalog. Offering modules and plugins react to
/// offerings of their own type; research learns which topics are on offer.
/// </summary>
/// <param name="OfferingId">The offering.</param>
/// <param name="OfferingType">Its registered type key.</param>
/// <param name="Topics">Topic keys (see <see cref="Kernel.Topics"/>) it is about.</param>
/// <param name="SuitableFrom">Lowest maturity level it suits.</param>
/// <param name="SuitableTo">Highest maturity level it suits.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="ProgramId">
/// The funded program the offering belongs to, when the publisher knows it (added later, optional so that
/// stored events and older plugins stay valid); research reports program KPIs by it.
/// </param>
public sealed record OfferingPublished(
    Guid OfferingId,
    string OfferingType,
    IReadOnlyList<string> Topics,
    MaturityLevel SuitableFrom,
    MaturityLevel SuitableTo,
    DateTimeOffset PublishedAt,
    Guid? ProgramId = null);

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

/// <summary>
/// An organisation booked a package (staff-curated or assembled by itself): all its items were booked in one
/// transaction, each item also raising its own <see cref="BookingConfirmed"/> or <see cref="BookingWaitlisted"/>.
/// Its interaction kind is <c>package-booked</c>, so research does not count the items twice.
/// </summary>
/// <param name="PackageBookingId">The package booking.</param>
/// <param name="PackageId">The curated package booked, or null for a package the organisation assembled.</param>
/// <param name="OrganisationId">The booking organisation.</param>
/// <param name="BookingIds">The bookings of the items, one per session.</param>
/// <param name="OfferingIds">The offerings of the items.</param>
/// <param name="Topics">The topic keys of all items.</param>
/// <param name="WaitlistedItems">How many items went to a waitlist (only when the organisation chose to wait for full items).</param>
/// <param name="BookedAt">When the package was booked.</param>
public sealed record PackageBooked(
    Guid PackageBookingId,
    Guid? PackageId,
    Guid OrganisationId,
    IReadOnlyList<Guid> BookingIds,
    IReadOnlyList<Guid> OfferingIds,
    IReadOnlyList<string> Topics,
    int WaitlistedItems,
    DateTimeOffset BookedAt) : IInteractionEvent
{
    /// <summary>The interaction kind of a package booking.</summary>
    public const string Kind = "package-booked";

    /// <inheritdoc />
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, PackageId, "package", Kind, BookedAt);
}
