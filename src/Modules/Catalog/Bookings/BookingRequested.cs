namespace Kompetenzzentrum.Modules.Catalog.Bookings;

// The pending steps are the catalog's own business, like the offer steps (SeatOffered).

/// <summary>
/// A booking request that an offering type's rule asked staff to approve (e.g. "staff-approval"): kept as a
/// pending booking that takes no seat and does not queue until staff decide. Approval appends the public
/// <c>BookingConfirmed</c> or <c>BookingWaitlisted</c>, so research sees the booking once it is one.
/// </summary>
internal sealed record BookingRequested(Guid BookingId, Guid SessionId, Guid OfferingId, Guid OrganisationId, int Seats, DateTimeOffset RequestedAt);

/// <summary>Staff turned a pending booking request down; it never held a seat. <paramref name="Reason"/> is told in the mail.</summary>
internal sealed record BookingRejected(Guid BookingId, Guid SessionId, Guid OrganisationId, DateTimeOffset RejectedAt, string? Reason = null);
