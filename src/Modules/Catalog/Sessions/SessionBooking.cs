using System.Text.Json.Serialization;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>Where a booking stands; stored by name, so new ones may go anywhere.</summary>
internal enum SeatStatus
{
    Confirmed,
    Waitlisted,
    /// <summary>Promoted from the waitlist: seats held until the offer expires.</summary>
    Offered,
    Cancelled,
    /// <summary>An offer expired unanswered.</summary>
    Lapsed,
    /// <summary>After the start, staff recorded that at least one attendee came.</summary>
    Attended,
    /// <summary>After the start, staff recorded that nobody came.</summary>
    NoShow,
    /// <summary>Staff completed the attended participation.</summary>
    Completed,
    /// <summary>A rule asked staff to approve the request: no seat taken, not on the waitlist yet.</summary>
    Pending,
    /// <summary>Staff turned the pending request down.</summary>
    Rejected,
}

/// <summary>
/// One booking of a session, stored as a document of its own (<c>mt_doc_sessionbooking</c>): readable in SQL by
/// session, organisation and status. The attendees' names are personal data and live beside it in
/// <c>BookingAttendees</c> under the same id.
/// </summary>
/// <param name="Id">The booking.</param>
/// <param name="SessionId">Its session.</param>
/// <param name="OrganisationId">The booking organisation.</param>
/// <param name="Seats">Seats asked for, one per attendee.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Line">Its place in the session's line: the waitlist is served in this order.</param>
/// <param name="OfferExpiresAt">Until when seats offered from the waitlist are held.</param>
/// <param name="Sequence">Its changes so far (the iCalendar SEQUENCE and the booking's ETag): 0 when made, one more with every change.</param>
/// <param name="Attended">How many attendees came, once staff recorded it.</param>
/// <param name="BookedBy">The staff account that took the booking for the organisation (a phone booking), if any.</param>
/// <param name="Channel">How that booking reached staff (<c>phone</c>, <c>email</c>, <c>in-person</c>); null for the organisation's own.</param>
internal sealed record SessionBooking(
    Guid Id,
    Guid SessionId,
    Guid OrganisationId,
    int Seats,
    SeatStatus Status,
    long Line,
    DateTimeOffset? OfferExpiresAt = null,
    int Sequence = 0,
    int? Attended = null,
    Guid? BookedBy = null,
    string? Channel = null)
{
    [JsonIgnore]
    public Guid BookingId => Id;

    /// <summary>Seats this booking holds: confirmed, offered, or used by a booking whose session took place.</summary>
    [JsonIgnore]
    public bool HoldsSeats =>
        Status is SeatStatus.Confirmed or SeatStatus.Offered or SeatStatus.Attended or SeatStatus.NoShow or SeatStatus.Completed;

    /// <summary>Attendance, no-show and completion are final: such a booking can no longer be cancelled.</summary>
    [JsonIgnore]
    public bool TookPlace => Status is SeatStatus.Attended or SeatStatus.NoShow or SeatStatus.Completed;

    /// <summary>Still in play: waiting, offered seats or waiting for approval. A change of seats may move these.</summary>
    public static readonly SeatStatus[] Open = [SeatStatus.Waitlisted, SeatStatus.Offered, SeatStatus.Pending];
}

/// <summary>How a seat status reads in answers: lower case, the no-show as <c>no-show</c>.</summary>
internal static class SeatStatusText
{
    public static string Text(this SeatStatus status) => status == SeatStatus.NoShow ? "no-show" : status.ToString().ToLowerInvariant();
}
