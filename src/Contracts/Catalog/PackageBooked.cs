using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;

namespace Kompetenzzentrum.Contracts.Catalog;

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
