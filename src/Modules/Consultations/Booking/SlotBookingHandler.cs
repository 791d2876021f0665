using JasperFx.Events;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Consultations.Experts;
using Kompetenzzentrum.Modules.Consultations.Notifications;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// Books, moves and cancels consultation slots, for the API (<see cref="BookingEndpoints"/>) and the page
/// (<see cref="ConsultationPages"/>): load → <see cref="SlotBookingDecider"/> → append, then reminders and mails.
/// The slot stream (one per expert and start) and the organisation's quarter stream are read for writing in the same
/// transaction as the consultation, so a slot is taken exactly once and the quarterly limit holds under races: the
/// loser's commit fails its version check and is decided again on the new state (next fitting expert, or a refusal).
/// </summary>
internal static class SlotBookingHandler
{
    private const int MaxAttempts = 4;

    public static async Task<Result<BookingEndpoints.BookingView>> ChangeAsync(ChangeSlot command, BookingEndpoints.Services s, CancellationToken ct)
    {
        var committed = await CommitAsync(command, s.Store, s.Clock, ct);
        if (committed.Refusal is { } refusal)
        {
            return refusal;
        }
        var after = committed.Value.After;
        await ConsultationReminderJob.ScheduleAsync(s.Schedulers, after, s.Clock.GetUtcNow(), s.Logger, ct);
        await s.Mails.SendAsync(after, committed.Value.Template, ct);
        await using var query = s.Store.QuerySession();
        var offering = await query.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(after.OfferingId), ct);
        var expert = after.ExpertId is { } e ? await query.LoadAsync<ConsultationExpert>(e, ct) : null;
        return new BookingEndpoints.BookingView(after.Id, after.Status.ToString().ToLowerInvariant(), after.StartsAt, after.EndsAt,
            offering?.Where(expert), after.Sequence);
    }

    private static async Task<Result<SlotChange>> CommitAsync(ChangeSlot command, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = store.LightweightSession();
                var streams = new Streams();
                var state = await LoadAsync(session, command, streams, ct);
                var decision = SlotBookingDecider.Decide(state, command, clock.GetUtcNow());
                if (decision.Refused is { } refusal)
                {
                    return refusal;
                }
                foreach (var e in decision.Events)
                {
                    streams.Append(e);
                }
                await session.SaveChangesAsync(ct);
                // The consultation's own event comes last.
                var changed = decision.Events[^1];
                return new SlotChange(state.Consultation!, state.Consultation!.Evolve(changed), changed switch
                {
                    ConsultationCancelled => ConsultationMails.Cancelled,
                    ConsultationRescheduled => ConsultationMails.Rescheduled,
                    _ => ConsultationMails.Booked,
                });
            }
            catch (Exception ex) when (
                ex is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException
                    or JasperFx.Events.ExistingStreamIdCollisionException)
            {
                if (attempt == MaxAttempts)
                {
                    return Refusal.Conflict("consultations.slot-raced");
                }
            }
        }
    }

    // Reads every stream the decision may append to (unchanged streams are not checked on commit).
    private static async Task<SlotBookingState> LoadAsync(IDocumentSession session, ChangeSlot command, Streams streams, CancellationToken ct)
    {
        streams.Consultation = await session.Events.FetchForWriting<Consultation>(command.ConsultationId, ct);
        if (streams.Consultation.Aggregate is not { } consultation || consultation.OrganisationId != command.OrganisationId)
        {
            return new SlotBookingState(streams.Consultation.Aggregate, null, [], 0);
        }
        var offering = await session.LoadAsync<ConsultationOffering>(ConsultationOffering.StreamFor(consultation.OfferingId), ct);
        if (consultation is { Status: ConsultationStatus.Booked, SlotId: { } held, StartsAt: { } heldAt })
        {
            await streams.SlotAsync(session, held, ct);
            await streams.QuotaAsync(session, ConsultationQuota.StreamFor(consultation.OrganisationId, SlotGenerator.Quarter(heldAt)), ct);
        }
        if (command.StartsAt is not { } start || offering is null)
        {
            return new SlotBookingState(consultation, offering, [], 0);
        }
        var questionnaire = await session.LoadAsync<ConsultationQuestionnaire>(ConsultationQuestionnaire.StreamId, ct);
        var version = questionnaire?.Find(consultation.QuestionnaireVersion);
        var profile = version is null ? AnswerProfile.Empty : AnswerProfile.From(AnswerCheck.Chosen(version, consultation.Choices));
        var experts = await SlotSearch.RoutedExpertsAsync(session, profile, ct);
        var offered = experts.SelectMany(e => SlotGenerator.Generate(e.Availability, start, start.AddTicks(1)).Select(s => (Expert: e, Slot: s)))
            .ToList();
        var free = offered.Count == 0 ? []
            : await SlotSearch.FreeAsync(session, offered.Select(o => o.Expert).ToList(), start, start.AddTicks(1), ct);
        var candidates = new List<SlotCandidate>();
        foreach (var (expert, slot) in offered)
        {
            var isFree = free.Any(f => f.ExpertId == expert.Id);
            var taken = isFree
                && (await streams.SlotAsync(session, ConsultationSlot.StreamFor(expert.Id, slot.StartsAt), ct)).Aggregate is { Taken: true };
            candidates.Add(new SlotCandidate(expert.Id, slot, isFree, taken));
            if (isFree && !taken)
            {
                // The first usable slot is the one taken; later ones need not be read.
                break;
            }
        }
        var quota = await streams.QuotaAsync(session, ConsultationQuota.StreamFor(consultation.OrganisationId, SlotGenerator.Quarter(start)), ct);
        return new SlotBookingState(consultation, offering, candidates, quota.Aggregate?.ConsultationIds.Count ?? 0);
    }

    /// <summary>The streams read for writing, each once; an event goes to the stream it names.</summary>
    private sealed class Streams
    {
        private readonly Dictionary<Guid, IEventStream<ConsultationSlot>> _slots = [];
        private readonly Dictionary<Guid, IEventStream<ConsultationQuota>> _quotas = [];

        public IEventStream<Consultation> Consultation { get; set; } = null!;

        public async Task<IEventStream<ConsultationSlot>> SlotAsync(IDocumentSession session, Guid id, CancellationToken ct) =>
            _slots.TryGetValue(id, out var stream) ? stream : _slots[id] = await session.Events.FetchForWriting<ConsultationSlot>(id, ct);

        public async Task<IEventStream<ConsultationQuota>> QuotaAsync(IDocumentSession session, Guid id, CancellationToken ct) =>
            _quotas.TryGetValue(id, out var stream) ? stream : _quotas[id] = await session.Events.FetchForWriting<ConsultationQuota>(id, ct);

        public void Append(object e)
        {
            switch (e)
            {
                case ConsultationSlotTaken taken:
                    _slots[taken.SlotId].AppendOne(taken);
                    break;
                case ConsultationSlotReleased released:
                    _slots[released.SlotId].AppendOne(released);
                    break;
                case ConsultationQuotaUsed used:
                    _quotas[used.QuotaId].AppendOne(used);
                    break;
                case ConsultationQuotaReturned returned:
                    _quotas[returned.QuotaId].AppendOne(returned);
                    break;
                default:
                    Consultation.AppendOne(e);
                    break;
            }
        }
    }
}
