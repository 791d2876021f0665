using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Consultations.Experts;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// Books, moves and cancels a consultation's slot: a pure function of the loaded state, the wanted start (null
/// cancels) and the time. The events name their streams (slot, quarter, consultation); the handler appends each to
/// its own.
/// </summary>
internal static class SlotBookingDecider
{
    public static Decision Decide(SlotBookingState state, ChangeSlot command, DateTimeOffset now)
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
        var events = new List<object>();
        if (moving)
        {
            events.AddRange(
                Release(consultation, startsAt is null
                    || SlotGenerator.Quarter(startsAt.Value) != SlotGenerator.Quarter(consultation.StartsAt!.Value), now));
        }
        if (startsAt is not { } start)
        {
            if (!moving)
            {
                return Refusal.Conflict("consultations.not-booked");
            }
            events.Add(
                new ConsultationCancelled(consultation.Id, consultation.OrganisationId, consultation.OfferingId, consultation.OfferingTopics, now));
            return Decision.Accept([.. events]);
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
        if (state.Candidates.FirstOrDefault(c => c.Free && !c.Taken) is not { } candidate)
        {
            return Refusal.Conflict("consultations.slot-taken");
        }
        if (!moving || SlotGenerator.Quarter(start) != SlotGenerator.Quarter(consultation.StartsAt!.Value))
        {
            var quarter = SlotGenerator.Quarter(start);
            if (state.QuarterUsed >= offering.QuarterlyLimit)
            {
                return Refusal.Conflict("consultations.quota-reached", TextArgs.Of(("limit", offering.QuarterlyLimit), ("quarter", quarter)));
            }
            events.Add(new ConsultationQuotaUsed(ConsultationQuota.StreamFor(organisationId, quarter), organisationId, quarter, consultation.Id));
        }
        var (expertId, slot) = (candidate.ExpertId, candidate.Slot);
        var slotId = ConsultationSlot.StreamFor(expertId, slot.StartsAt);
        events.Add(new ConsultationSlotTaken(slotId, expertId, slot.StartsAt, slot.EndsAt, consultation.Id, organisationId, now));
        events.Add(moving
            ? new ConsultationRescheduled(consultation.Id, slotId, expertId, slot.StartsAt, slot.EndsAt, now)
            : new ConsultationSlotBooked(consultation.Id, organisationId, consultation.OfferingId, consultation.OfferingTopics, slotId, expertId,
                slot.StartsAt, slot.EndsAt, now));
        return Decision.Accept([.. events]);
    }

    private static IEnumerable<object> Release(Consultation consultation, bool returnQuota, DateTimeOffset now)
    {
        yield return new ConsultationSlotReleased(consultation.SlotId!.Value, consultation.Id, now);
        if (returnQuota)
        {
            yield return new ConsultationQuotaReturned(
                ConsultationQuota.StreamFor(consultation.OrganisationId, SlotGenerator.Quarter(consultation.StartsAt!.Value)), consultation.Id);
        }
    }
}
