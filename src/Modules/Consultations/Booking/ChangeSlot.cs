namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>What a change of a consultation's slot does.</summary>
internal enum SlotChangeKind
{
    /// <summary>Book a first slot.</summary>
    Book,

    /// <summary>Move the booked slot to another start.</summary>
    Move,

    /// <summary>Cancel the booked slot.</summary>
    Cancel,
}

/// <summary>Book, move (with <see cref="StartsAt"/>) or cancel the slot of one of the organisation's consultations.</summary>
internal sealed record ChangeSlot(Guid OrganisationId, Guid ConsultationId, SlotChangeKind Kind, DateTimeOffset? StartsAt);
