using Kompetenzzentrum.Contracts.Application;
using Marten;

namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>
/// The catalog's booking engine for offering types that bring their own slots (consultations with an expert): the type
/// keeps its slot source (availability, routing) and its rules, and books, moves and cancels through this engine, so its
/// bookings get the catalog's lifecycle, booking events, participant lists and research facts like any session's.
/// Writes join the caller's unit of work: the type appends its own events to the same session, and everything commits
/// together with <c>SaveChangesAsync</c>. Call a write before anything else in that unit of work reads for writing: it
/// begins the transaction and takes the locks.
/// </summary>
public interface ISlotBookings
{
    /// <summary>
    /// Books <see cref="BookSlot.Slot"/> if it is free and the organisation's limit allows it; refuses with
    /// <see cref="SlotRefusals.Taken"/> or <see cref="SlotRefusals.LimitReached"/> otherwise.
    /// </summary>
    Task<Result<SlotBooking>> BookAsync(IDocumentSession session, BookSlot command, CancellationToken cancellationToken);

    /// <summary>
    /// Moves booking <paramref name="bookingId"/> of the organisation to the slot of <paramref name="to"/> (a new
    /// booking, whose id <paramref name="to"/> names): the old slot is free again and the new one is booked, in one
    /// transaction, or neither. The old booking does not count against <see cref="BookSlot.Limit"/>.
    /// </summary>
    Task<Result<SlotBooking>> MoveAsync(IDocumentSession session, Guid bookingId, BookSlot to, CancellationToken cancellationToken);

    /// <summary>Cancels the organisation's booking <paramref name="bookingId"/>; the slot is free again.</summary>
    Task<Result<SlotBooking>> CancelAsync(IDocumentSession session, Guid bookingId, Guid organisationId, CancellationToken cancellationToken);

    /// <summary>
    /// The slot's meeting took place: the booking's one seat is recorded as attended and its participation completed, so the
    /// catalog raises <c>ParticipationCompleted</c> (surveys and research facts follow from it) once, and only after the start.
    /// </summary>
    Task<Result<SlotBooking>> CompleteAsync(IDocumentSession session, Guid bookingId, CancellationToken cancellationToken);

    /// <summary>The booked slots of the resources that overlap [<paramref name="from"/>, <paramref name="to"/>).</summary>
    Task<IReadOnlyList<SlotOption>> TakenAsync(IReadOnlyCollection<Guid> resourceIds, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken);

    /// <summary>Per resource, the start of its latest booked slot; resources never booked are missing.</summary>
    Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LatestBookedAsync(IReadOnlyCollection<Guid> resourceIds, CancellationToken cancellationToken);
}
