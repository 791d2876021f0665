namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>
/// What an offering type that books through <see cref="ISlotBookings"/> adds to the catalog's booking mails of its slots.
/// The catalog sends the mails (confirmation, cancellation, the reminder 24 hours before) with the calendar file and
/// schedules the reminder, as for every booking; only the type knows the recipient, the words and the details (a place
/// or video link, the topics), so the catalog asks the type registered for the offering's type for each mail. Register one
/// per offering type as a singleton (<c>services.AddSingleton&lt;ISlotBookingMails, ...&gt;()</c>); a slot booking of a
/// type without one is not mailed.
/// </summary>
public interface ISlotBookingMails
{
    /// <summary>The offering type whose slot bookings this mails (e.g. <c>consultation</c>).</summary>
    string OfferingType { get; }

    /// <summary>
    /// The mail for <paramref name="notice"/>, or null for none (no recipient, or a change the type mails differently:
    /// a move is a cancelled and a new booking in the catalog, which a type may mail as one moved calendar entry by
    /// answering null to the cancellation and a "moved" mail with the same <see cref="SlotBookingMail.CalendarUid"/> and a
    /// higher <see cref="SlotBookingMail.Sequence"/> to the new booking). Called after the commit, at least once per
    /// notice; a reminder is asked for when it is due, so answer null when the booking no longer stands for the type.
    /// </summary>
    Task<SlotBookingMail?> MailAsync(SlotBookingNotice notice, CancellationToken cancellationToken);
}
