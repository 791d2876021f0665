namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>Why the catalog mails about a slot booking.</summary>
public enum SlotMailKind
{
    /// <summary>The booking was confirmed (a first booking, or the new booking of a move).</summary>
    Booked,

    /// <summary>The booking was cancelled (a cancellation, or the old booking of a move); the calendar file cancels the entry.</summary>
    Cancelled,

    /// <summary>The reminder 24 hours before the slot is due.</summary>
    Reminder,
}
