namespace Kompetenzzentrum.Modules.Catalog.Bookings;

// Confirmed, waitlisted and cancelled bookings are public events (Contracts.Catalog): offering modules
// and research consume them. The offer steps below are the catalog's own business.

/// <summary>Seats freed up: the booking at the head of the waitlist may take them until the offer expires; they are held for it meanwhile.</summary>
internal sealed record SeatOffered(Guid BookingId, Guid SessionId, Guid OrganisationId, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt);

/// <summary>The offer expired unanswered: the booking left the session and its seats went to the next in line.</summary>
internal sealed record SeatOfferLapsed(Guid BookingId, Guid SessionId, Guid OrganisationId, DateTimeOffset LapsedAt);
