using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Modules.Catalog.Slots;

/// <summary>
/// Books and cancels slots of an offering type's own slot source: pure, over the slot's session state and how many
/// bookings the organisation holds under the limit's key. A slot is a session of one seat; beyond "taken" and the
/// limit, booking and cancelling are <see cref="BookingDecider"/>'s, so a slot booking is a booking like any other.
/// </summary>
internal static class SlotDecider
{
    /// <summary>A free slot is booked unless the resource is booked at that time through another slot, or the limit is reached.</summary>
    public static Decision Book(SessionState slot, CatalogEntry offering, BookSlot command, int limitUsed, bool resourceBusy,
        TimeSpan offerWindow, DateTimeOffset now)
    {
        // Nobody waits for a slot: a taken one is refused, and the type offers another.
        if (resourceBusy || slot.SeatsFree() < 1 || slot.Waiting > 0)
        {
            return Refusal.Conflict(SlotRefusals.Taken);
        }
        if (command.Limit is { } limit && limitUsed >= limit.Limit)
        {
            return Refusal.Conflict(SlotRefusals.LimitReached, TextArgs.Of(("limit", limit.Limit), ("key", limit.Key)));
        }
        return BookingDecider.Book(slot, offering, new BookSeats(command.BookingId, command.OrganisationId, 1, ForSlot: true), offerWindow, now);
    }

    /// <summary>The type checked its own notice period before asking, so the catalog's cancellation deadline does not apply.</summary>
    public static Decision Cancel(SessionState slot, CatalogEntry offering, Guid bookingId, Guid organisationId, TimeSpan offerWindow,
        DateTimeOffset now) =>
        BookingDecider.Cancel(slot, offering, new CancelBooking(bookingId, organisationId, ForSlot: true), offerWindow, now, byStaff: true);

    /// <summary>The meeting took place: the one seat attended and the participation completed, in one decision; nothing when done.</summary>
    public static Decision Complete(SessionState slot, CatalogEntry offering, Guid bookingId, DateTimeOffset now)
    {
        var attended = slot.Find(bookingId) is { Status: SeatStatus.Attended or SeatStatus.Completed }
            ? Decision.Accept()
            : AttendanceDecider.Record(slot, offering, bookingId, 1, now);
        if (attended.Refused is not null)
        {
            return attended;
        }
        var completed = AttendanceDecider.Complete(attended.Events.Aggregate(slot, (s, e) => s.Evolve(e)), offering, bookingId, now);
        return completed.Refused is not null ? completed : Decision.Accept([.. attended.Events, .. completed.Events]);
    }
}
