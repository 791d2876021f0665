namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Staff cancelled a session, with the reason the attendees are told. Each open booking ends with its own
/// <c>BookingCancelled</c> appended right after this event; the session takes no bookings any more.
/// </summary>
internal sealed record SessionCancelled(Guid SessionId, string Reason, DateTimeOffset CancelledAt);
