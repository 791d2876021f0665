using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>What a booking, move or cancellation did, for the mails after the commit.</summary>
internal sealed record SlotChange(Consultation Before, Consultation After, string Template);

/// <summary>
/// Books, moves and cancels consultation slots. The slot stream (one per expert and start) and the
/// organisation's quarter stream are fetched for writing in the same transaction as the consultation, so
/// a slot is taken exactly once and the quarterly limit holds under races: the loser's commit fails its
/// version check and is retried against the new state (next fitting expert, or 409).
/// </summary>
internal static class SlotBooking
{
    private const int MaxAttempts = 4;

    public static async Task<(IResult? Problem, SlotChange? Change)> ChangeAsync(
        IDocumentStore store, Guid consultationId, Guid organisationId, DateTimeOffset? startsAt, TimeProvider clock, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = store.LightweightSession();
                var outcome = await DecideAsync(session, consultationId, organisationId, startsAt, clock.GetUtcNow(), ct);
                if (outcome.Change is not null)
                {
                    await session.SaveChangesAsync(ct);
                }
                return outcome;
            }
            catch (Exception ex) when (ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.Events.ExistingStreamIdCollisionException)
            {
                if (attempt == MaxAttempts)
                {
                    return (Conflict("The slot was taken at the same moment. Please choose another one."), null);
                }
            }
        }
    }

    private static IResult Conflict(string title) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title);

    // startsAt: the slot to book or move to; null cancels.
    private static async Task<(IResult? Problem, SlotChange? Change)> DecideAsync(
        IDocumentSession session, Guid consultationId, Guid organisationId, DateTimeOffset? startsAt, DateTimeOffset now, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Consultation>(consultationId, ct);
        if (stream.Aggregate is not { } consultation || consultation.OrganisationId != organisationId)
        {
            return (Results.NotFound(), null);
        }
        if (await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(consultation.OfferingId), ct) is not { } offering)
        {
            return (Conflict("The consultation offering has no booking rules yet."), null);
        }
        if (consultation.Status is ConsultationStatus.Cancelled or ConsultationStatus.Held)
        {
            return (Conflict($"The consultation is {consultation.Status.ToString().ToLowerInvariant()}."), null);
        }
        if (!consultation.Answered)
        {
            return (Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Please answer the questionnaire first.", type: "urn:kompetenzzentrum:questionnaire-first"), null);
        }
        var moving = consultation.Status == ConsultationStatus.Booked;
        if (moving && now >= consultation.StartsAt!.Value.AddHours(-offering.CancellationNoticeHours))
        {
            return (Conflict($"Changes are possible until {offering.CancellationNoticeHours} hours before the start."), null);
        }
        var events = new List<object>();
        if (moving)
        {
            await ReleaseAsync(session, consultation, startsAt is null || SlotGenerator.Quarter(startsAt.Value) != SlotGenerator.Quarter(consultation.StartsAt!.Value), now, ct);
        }
        if (startsAt is not { } start)
        {
            if (!moving)
            {
                return (Conflict("The consultation has no booked slot."), null);
            }
            var cancelled = new ConsultationCancelled(consultation.Id, consultation.OrganisationId, consultation.OfferingId, consultation.OfferingTopics, now);
            stream.AppendOne(cancelled);
            return (null, new SlotChange(consultation, consultation.Evolve(cancelled), Notifications.ConsultationMails.Cancelled));
        }
        if (moving && start == consultation.StartsAt)
        {
            return (Conflict("The consultation is already at this time."), null);
        }
        var (earliest, latest) = SlotSearch.Bookable(offering, now);
        if (start < earliest || start > latest)
        {
            return (new FieldProblems().Add("startsAt",
                $"Termine lassen sich {offering.MinimumNoticeHours} Stunden bis {offering.HorizonDays} Tage im Voraus buchen.",
                $"Slots can be booked from {offering.MinimumNoticeHours} hours to {offering.HorizonDays} days ahead.").ToResult(), null);
        }
        var questionnaire = await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);
        var version = questionnaire?.Find(consultation.QuestionnaireVersion);
        var profile = version is null ? AnswerProfile.Empty : AnswerProfile.From(AnswerCheck.Chosen(version, consultation.Choices));
        var experts = await SlotSearch.RoutedExpertsAsync(session, profile, ct);
        var offered = experts.SelectMany(e => SlotGenerator.Generate(e.Availability, start, start.AddTicks(1)).Select(s => (Expert: e, Slot: s))).ToList();
        if (offered.Count == 0)
        {
            return (new FieldProblems().Add("startsAt",
                "Zu dieser Zeit beginnt kein Beratungstermin; bitte wählen Sie einen der freien Termine.", "No consultation slot starts at this time; list the free slots first.").ToResult(), null);
        }
        var free = await SlotSearch.FreeAsync(session, offered.Select(o => o.Expert).ToList(), start, start.AddTicks(1), ct);
        foreach (var (expert, slot) in offered.Where(o => free.Any(f => f.ExpertId == o.Expert.Id)))
        {
            var slotId = ConsultationSlot.StreamFor(expert.Id, slot.StartsAt);
            var slotStream = await session.Events.FetchForWriting<ConsultationSlot>(slotId, ct);
            if (slotStream.Aggregate is { Taken: true })
            {
                continue;
            }
            if (!moving || SlotGenerator.Quarter(start) != SlotGenerator.Quarter(consultation.StartsAt!.Value))
            {
                var quarter = SlotGenerator.Quarter(start);
                var quota = await session.Events.FetchForWriting<ConsultationQuota>(ConsultationQuota.StreamFor(organisationId, quarter), ct);
                if ((quota.Aggregate?.ConsultationIds.Count ?? 0) >= offering.QuarterlyLimit)
                {
                    return (Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The organisation already has {offering.QuarterlyLimit} consultation(s) in {quarter}.",
                        type: "urn:kompetenzzentrum:consultation-limit"), null);
                }
                quota.AppendOne(new ConsultationQuotaUsed(quota.Id, organisationId, quarter, consultation.Id));
            }
            slotStream.AppendOne(new ConsultationSlotTaken(slotId, expert.Id, slot.StartsAt, slot.EndsAt, consultation.Id, organisationId, now));
            object booked = moving
                ? new ConsultationRescheduled(consultation.Id, slotId, expert.Id, slot.StartsAt, slot.EndsAt, now)
                : new ConsultationSlotBooked(consultation.Id, organisationId, consultation.OfferingId, consultation.OfferingTopics, slotId, expert.Id, slot.StartsAt, slot.EndsAt, now);
            stream.AppendOne(booked);
            events.Add(booked);
            return (null, new SlotChange(consultation, consultation.Evolve(booked), moving ? Notifications.ConsultationMails.Rescheduled : Notifications.ConsultationMails.Booked));
        }
        return (Conflict("This slot is no longer free. Please choose another one."), null);
    }

    private static async Task ReleaseAsync(IDocumentSession session, Consultation consultation, bool returnQuota, DateTimeOffset now, CancellationToken ct)
    {
        var slot = await session.Events.FetchForWriting<ConsultationSlot>(consultation.SlotId!.Value, ct);
        slot.AppendOne(new ConsultationSlotReleased(consultation.SlotId.Value, consultation.Id, now));
        if (returnQuota)
        {
            var quotaId = ConsultationQuota.StreamFor(consultation.OrganisationId, SlotGenerator.Quarter(consultation.StartsAt!.Value));
            var quota = await session.Events.FetchForWriting<ConsultationQuota>(quotaId, ct);
            quota.AppendOne(new ConsultationQuotaReturned(quotaId, consultation.Id));
        }
    }
}
