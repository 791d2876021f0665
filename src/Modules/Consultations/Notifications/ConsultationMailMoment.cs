using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Consultations.Booking;

namespace Kompetenzzentrum.Modules.Consultations.Notifications;

/// <summary>
/// Which consultation mail a catalog slot booking calls for, and the consultation as it was then. Pure, over the
/// consultation's events. The catalog sees a move as the old booking cancelled and a new one confirmed; the consultation
/// mails it as one calendar entry: the new booking's confirmation is the "moved" mail (SEQUENCE raised by the move), the
/// old booking's cancellation mails nothing. A booking's reminder goes only while it is still the consultation's booking.
/// </summary>
internal sealed record ConsultationMailMoment(Consultation Consultation, string Template)
{
    public static ConsultationMailMoment? Find(IEnumerable<object> history, Guid bookingId, SlotMailKind kind)
    {
        Consultation? state = null;
        ConsultationMailMoment? booked = null;
        ConsultationMailMoment? ended = null;
        var left = false;
        foreach (var e in history)
        {
            state = e is ConsultationRequested requested ? Consultation.Start(requested) : state?.Evolve(e);
            if (state is null)
            {
                continue;
            }
            switch (e)
            {
                case ConsultationSlotBooked b when b.BookingId == bookingId:
                    booked = new(state, ConsultationMailTemplates.Booked);
                    break;
                case ConsultationRescheduled r when r.BookingId == bookingId:
                    booked = new(state, ConsultationMailTemplates.Rescheduled);
                    break;
                case ConsultationRescheduled when booked is not null && ended is null && !left:
                    left = true; // moved away from this booking: the new booking's mail tells it
                    break;
                case ConsultationCancelled when booked is not null && ended is null && !left:
                    ended = new(state, ConsultationMailTemplates.Cancelled);
                    break;
            }
        }
        return kind switch
        {
            SlotMailKind.Booked => booked,
            SlotMailKind.Cancelled => ended,
            _ => booked is not null && ended is null && !left && state is { Status: ConsultationStatus.Booked } now
                ? new(now, ConsultationMailTemplates.Reminder)
                : null,
        };
    }
}
