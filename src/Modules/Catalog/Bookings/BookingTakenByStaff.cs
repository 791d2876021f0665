namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// Staff took the booking just made for its organisation (a phone booking): appended right after the booking's own
/// event, naming the staff account and the channel. It changes no seat and no status, and raises no mail of its own.
/// </summary>
internal sealed record BookingTakenByStaff(Guid BookingId, Guid SessionId, Guid OrganisationId, Guid StaffId, string Channel, DateTimeOffset At);
