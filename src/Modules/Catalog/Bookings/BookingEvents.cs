namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>Seats were free: the organisation's attendees have their seats.</summary>
internal sealed record BookingConfirmed(Guid BookingId, Guid SessionId, Guid OrganisationId, IReadOnlyList<string> Attendees, DateTimeOffset ConfirmedAt);

/// <summary>The session was full (or others were already waiting): the booking joined the end of the waitlist.</summary>
internal sealed record BookingWaitlisted(Guid BookingId, Guid SessionId, Guid OrganisationId, IReadOnlyList<string> Attendees, DateTimeOffset WaitlistedAt);

/// <summary>The organisation cancelled its booking (or declined an offered seat); its seats became free.</summary>
internal sealed record BookingCancelled(Guid BookingId, Guid SessionId, Guid OrganisationId, DateTimeOffset CancelledAt);

/// <summary>Seats freed up: the booking at the head of the waitlist may take them until the offer expires; they are held for it meanwhile.</summary>
internal sealed record SeatOffered(Guid BookingId, Guid SessionId, Guid OrganisationId, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt);

/// <summary>The organisation took the offered seats: the booking is confirmed.</summary>
internal sealed record SeatOfferAccepted(Guid BookingId, Guid SessionId, Guid OrganisationId, DateTimeOffset AcceptedAt);

/// <summary>The offer expired unanswered: the booking left the session and its seats went to the next in line.</summary>
internal sealed record SeatOfferLapsed(Guid BookingId, Guid SessionId, Guid OrganisationId, DateTimeOffset LapsedAt);
