using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Modules.Consultations.Notifications;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// Books, moves and cancels consultation slots, for the API (<see cref="BookingEndpoints"/>) and the page
/// (<see cref="ConsultationPages"/>): load → <see cref="SlotBookingDecider"/> → the catalog's slot engine
/// (<see cref="ISlotBookings"/>) books, moves or cancels the seat and counts the quarterly limit in the same unit of work
/// as the consultation's event → commit. The catalog mails the change and schedules the reminder from its booking events
/// (<see cref="ConsultationSlotMails"/> gives it the consultation's words). A slot someone else took meanwhile is decided again
/// on fresh reads (the next fitting expert at that time, or a refusal); so is a consultation changed meanwhile.
/// </summary>
internal static class SlotBookingHandler
{
    private const int MaxAttempts = 4;

    public static async Task<Result<BookingEndpoints.BookingView>> ChangeAsync(ChangeSlot command, BookingEndpoints.Services s, CancellationToken ct)
    {
        var committed = await CommitAsync(command, s, ct);
        if (committed.Refusal is { } refusal)
        {
            return refusal;
        }
        var after = committed.Value.After;
        await using var query = s.Store.QuerySession();
        var offering = await query.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(after.OfferingId), ct);
        var expert = after.ExpertId is { } e ? await query.LoadAsync<ConsultationExpert>(e, ct) : null;
        return new BookingEndpoints.BookingView(after.Id, after.Status.ToString().ToLowerInvariant(), after.StartsAt, after.EndsAt,
            offering?.Where(expert), after.Sequence);
    }

    private static async Task<Result<SlotChange>> CommitAsync(ChangeSlot command, BookingEndpoints.Services s, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = s.Store.LightweightSession();
                var stream = await session.Events.FetchForWriting<Consultation>(command.ConsultationId, ct);
                var state = await LoadAsync(session, s.Slots, command, stream.Aggregate, ct);
                var now = s.Clock.GetUtcNow();
                var planned = SlotBookingDecider.Decide(state, command, now);
                if (planned.Refusal is { } refusal)
                {
                    return refusal;
                }
                var plan = planned.Value;
                var consultation = plan.Consultation;
                var done = plan.Kind switch
                {
                    SlotChangeKind.Cancel => await s.Slots.CancelAsync(session, consultation.BookingId!.Value, consultation.OrganisationId, ct),
                    SlotChangeKind.Move => await s.Slots.MoveAsync(session, consultation.BookingId!.Value, plan.Command(s.Clock), ct),
                    _ => await s.Slots.BookAsync(session, plan.Command(s.Clock), ct),
                };
                if (done.Refusal is { } refused)
                {
                    if (refused.Code == SlotRefusals.Taken && attempt < MaxAttempts)
                    {
                        continue;
                    }
                    return SlotBookingDecider.InOwnWords(refused, plan);
                }
                var recorded = SlotBookingDecider.Recorded(plan, done.Value, now);
                stream.AppendOne(recorded);
                if (plan.Kind != SlotChangeKind.Cancel)
                {
                    session.Store(new ConsultationBookingLink(done.Value.BookingId, consultation.Id));
                }
                await session.SaveChangesAsync(ct);
                return new SlotChange(consultation, consultation.Evolve(recorded));
            }
            catch (Exception ex) when (ex is JasperFx.ConcurrencyException)
            {
                if (attempt == MaxAttempts)
                {
                    return Refusal.Conflict("consultations.slot-raced");
                }
            }
        }
    }

    // The consultation was read for writing by the caller; the slots at the wanted start come from the experts' availability.
    private static async Task<SlotBookingState> LoadAsync(IDocumentSession session, ISlotBookings slots, ChangeSlot command,
        Consultation? consultation, CancellationToken ct)
    {
        if (consultation is null || consultation.OrganisationId != command.OrganisationId)
        {
            return new SlotBookingState(consultation, null, []);
        }
        var offering = await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(consultation.OfferingId), ct);
        if (command.StartsAt is not { } start || offering is null)
        {
            return new SlotBookingState(consultation, offering, []);
        }
        var questionnaire = await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);
        var version = questionnaire?.Find(consultation.QuestionnaireVersion);
        var profile = version is null ? AnswerProfile.Empty : AnswerProfile.From(AnswerCheck.Chosen(version, consultation.Choices));
        var experts = await SlotSearch.RoutedExpertsAsync(session, slots, profile, ct);
        var offered = experts.SelectMany(e => SlotGenerator.Generate(e.Availability, start, start.AddTicks(1)).Select(s => (Expert: e, Slot: s)))
            .ToList();
        var free = offered.Count == 0 ? []
            : await SlotSearch.FreeAsync(slots, offered.Select(o => o.Expert).ToList(), start, start.AddTicks(1), ct);
        return new SlotBookingState(consultation, offering,
            [.. offered.Select(o => new SlotCandidate(o.Expert.Id, o.Slot, free.Any(f => f.ExpertId == o.Expert.Id)))]);
    }
}
