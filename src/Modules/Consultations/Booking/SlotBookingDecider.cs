using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Consultations.Experts;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// Books, moves and cancels a consultation's slot, pure. <see cref="Decide"/> applies what is the consultation's own (the
/// questionnaire first, the cancellation notice, the booking window, which expert offers the time) and says what to ask of
/// the catalog's slot engine, which books the seat and counts the quarterly limit; <see cref="Recorded"/> is the
/// consultation's event once the engine did it, and <see cref="InOwnWords"/> its refusals as the consultation's.
/// </summary>
internal static class SlotBookingDecider
{
    public static Result<SlotPlan> Decide(SlotBookingState state, ChangeSlot command, DateTimeOffset now)
    {
        var (organisationId, startsAt) = (command.OrganisationId, command.StartsAt);
        if (command.Kind != SlotChangeKind.Cancel && startsAt is null)
        {
            return Refusal.Invalid("startsAt", "consultations.slot-required");
        }
        // Booking twice and moving what is not booked are told apart from the general rules below, naming the right verb.
        if (command.Kind == SlotChangeKind.Book && state.Consultation is { Status: ConsultationStatus.Booked })
        {
            return Refusal.Conflict("consultations.already-booked");
        }
        if (command.Kind == SlotChangeKind.Move && state.Consultation is { Status: not ConsultationStatus.Booked } unbooked
            && unbooked.OrganisationId == organisationId)
        {
            return Refusal.Conflict("consultations.nothing-to-move");
        }
        if (state.Consultation is not { } consultation || consultation.OrganisationId != organisationId)
        {
            return Refusal.NotFound("consultations.not-found");
        }
        if (state.Offering is not { } offering)
        {
            return Refusal.Conflict("consultations.no-booking-rules");
        }
        if (consultation.Status is ConsultationStatus.Cancelled or ConsultationStatus.Held)
        {
            return Refusal.Conflict(consultation.Status == ConsultationStatus.Cancelled ? "consultations.consultation-cancelled"
                : "consultations.consultation-held");
        }
        if (!consultation.Answered)
        {
            return Refusal.Conflict("consultations.questionnaire-first");
        }
        var moving = consultation.Status == ConsultationStatus.Booked;
        if (moving && now >= consultation.StartsAt!.Value.AddHours(-offering.CancellationNoticeHours))
        {
            return Refusal.Conflict("consultations.change-too-late", TextArgs.Of(("hours", offering.CancellationNoticeHours)));
        }
        if (startsAt is not { } start)
        {
            return moving
                ? new SlotPlan(SlotChangeKind.Cancel, consultation, null, null, offering.QuarterlyLimit)
                : Refusal.Conflict("consultations.not-booked");
        }
        if (moving && start == consultation.StartsAt)
        {
            return Refusal.Conflict("consultations.same-time");
        }
        var (earliest, latest) = SlotSearch.Bookable(offering, now);
        if (start < earliest || start > latest)
        {
            return Refusal.Invalid("startsAt", "consultations.slot-out-of-range",
                TextArgs.Of(("hours", offering.MinimumNoticeHours), ("days", offering.HorizonDays)));
        }
        if (state.Candidates.Count == 0)
        {
            return Refusal.Invalid("startsAt", "consultations.slot-not-offered");
        }
        if (state.Candidates.FirstOrDefault(c => c.Free) is not { } candidate)
        {
            return Refusal.Conflict("consultations.slot-taken");
        }
        return new SlotPlan(moving ? SlotChangeKind.Move : SlotChangeKind.Book, consultation, candidate, SlotGenerator.Quarter(start),
            offering.QuarterlyLimit);
    }

    /// <summary>The consultation's own event for what the catalog did.</summary>
    public static object Recorded(SlotPlan plan, SlotBooking booked, DateTimeOffset now)
    {
        var (c, slot) = (plan.Consultation, booked.Slot);
        return plan.Kind switch
        {
            SlotChangeKind.Cancel => new ConsultationCancelled(c.Id, c.OrganisationId, c.OfferingId, c.OfferingTopics, now),
            SlotChangeKind.Move => new ConsultationRescheduled(c.Id, booked.SessionId, slot.ResourceId, slot.StartsAt, slot.EndsAt, now,
                booked.BookingId),
            _ => new ConsultationSlotBooked(c.Id, c.OrganisationId, c.OfferingId, c.OfferingTopics, booked.SessionId, slot.ResourceId,
                slot.StartsAt, slot.EndsAt, now, booked.BookingId),
        };
    }

    /// <summary>The slot engine's refusals that the consultation words itself; others as the catalog words them.</summary>
    public static Refusal InOwnWords(Refusal refused, SlotPlan plan) => refused.Code switch
    {
        SlotRefusals.Taken => Refusal.Conflict("consultations.slot-taken"),
        SlotRefusals.LimitReached =>
            Refusal.Conflict("consultations.quota-reached", TextArgs.Of(("limit", plan.QuarterlyLimit), ("quarter", plan.Quarter))),
        _ => refused,
    };
}
