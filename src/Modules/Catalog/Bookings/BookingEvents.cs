namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>Seats were free: the organisation's attendees have their seats.</summary>
internal sealed record BookingConfirmed(Guid BookingId, Guid SessionId, Guid OrganisationId, IReadOnlyList<string> Attendees, DateTimeOffset ConfirmedAt);

/// <summary>The session was full (or others were already waiting): the booking joined the end of the waitlist.</summary>
internal sealed record BookingWaitlisted(Guid BookingId, Guid SessionId, Guid OrganisationId, IReadOnlyList<string> Attendees, DateTimeOffset WaitlistedAt);

/// <summary>The organisation cancelled its booking; a confirmed booking's seats became free.</summary>
internal sealed record BookingCancelled(Guid BookingId, Guid SessionId, Guid OrganisationId, DateTimeOffset CancelledAt);

/// <summary>Seats freed up and the booking at the head of the waitlist got them.</summary>
internal sealed record WaitlistedBookingPromoted(Guid BookingId, Guid SessionId, Guid OrganisationId, DateTimeOffset PromotedAt);
