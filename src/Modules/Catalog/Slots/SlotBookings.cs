using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Slots;

/// <summary>
/// The catalog's booking engine for slots (<see cref="ISlotBookings"/>): a slot is a session of one seat, created the first
/// time it is booked, and changed only through <see cref="SessionWrites"/> like every session. Limits are counted under a
/// transaction-scoped advisory lock on key and organisation, taken before the slot's row lock (the same order everywhere).
/// </summary>
internal sealed class SlotBookings(IDocumentStore store, SeatOfferWindow window, TimeProvider clock) : ISlotBookings
{
    // Booked slots of the resources (1st parameter) that overlap a time: starting before its end (2nd), ending after its start (3rd).
    private const string BookedOverlapping = """
        CAST(data ->> 'resourceId' as uuid) = any(?) and CAST(data ->> 'taken' as int) > 0
          and CAST(data ->> 'startsAt' as timestamptz) < ? and CAST(data ->> 'endsAt' as timestamptz) > ?
        """;

    private static readonly string[] Settled = [nameof(SeatStatus.Cancelled), nameof(SeatStatus.Lapsed), nameof(SeatStatus.Rejected)];

    public async Task<Result<SlotBooking>> BookAsync(IDocumentSession session, BookSlot command, CancellationToken ct) =>
        await ChangeAsync(session, null, command, ct);

    public async Task<Result<SlotBooking>> MoveAsync(IDocumentSession session, Guid bookingId, BookSlot to, CancellationToken ct) =>
        await ChangeAsync(session, bookingId, to, ct);

    public Task<Result<SlotBooking>> CancelAsync(IDocumentSession session, Guid bookingId, Guid organisationId, CancellationToken ct) =>
        DecideAsync(session, bookingId, organisationId, (slot, offering, now) =>
            SlotDecider.Cancel(slot, offering, bookingId, organisationId, window.Value, now), ct);

    public Task<Result<SlotBooking>> CompleteAsync(IDocumentSession session, Guid bookingId, CancellationToken ct) =>
        DecideAsync(session, bookingId, null, (slot, offering, now) => SlotDecider.Complete(slot, offering, bookingId, now), ct);

    // A change of one booking that exists: its slot locked with it, decided, recorded.
    private async Task<Result<SlotBooking>> DecideAsync(IDocumentSession session, Guid bookingId, Guid? organisationId,
        Func<SessionState, CatalogEntry, DateTimeOffset, Decision> decide, CancellationToken ct)
    {
        var booking = await session.LoadAsync<SessionBooking>(bookingId, ct);
        if (booking is null || (organisationId is { } organisation && booking.OrganisationId != organisation))
        {
            return Refusal.NotFound("catalog.booking-not-found");
        }
        await session.BeginTransactionAsync(ct);
        var batch = session.CreateBatchQuery();
        var held = SessionWrites.Lock(session, batch, [booking.SessionId], [bookingId], [booking.OrganisationId]);
        await batch.Execute(ct);
        var slot = (await held)[booking.SessionId];
        if (await session.LoadAsync<CatalogEntry>(slot.OfferingId, ct) is not { } offering)
        {
            return Refusal.NotFound("catalog.offering-not-found");
        }
        var decision = decide(slot, offering, clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        SessionWrites.Record(session, slot, decision.Events);
        return new SlotBooking(bookingId, slot.Id, Option(slot));
    }

    private async Task<Result<SlotBooking>> ChangeAsync(IDocumentSession session, Guid? moving, BookSlot command, CancellationToken ct)
    {
        if (await session.LoadAsync<CatalogEntry>(command.OfferingId, ct) is not { } offering)
        {
            return Refusal.NotFound("catalog.offering-not-found");
        }
        var from = moving is { } id ? await session.LoadAsync<SessionBooking>(id, ct) : null;
        if (moving is not null && from is null)
        {
            return Refusal.NotFound("catalog.booking-not-found");
        }
        var slotId = await EnsureAsync(offering, command, ct);
        await session.BeginTransactionAsync(ct);
        var used = command.Limit is { } limit ? await LimitUsedAsync(session, limit, command.OrganisationId, moving, ct) : 0;
        var busy = await ResourceBusyAsync(session, command.Slot, slotId, from?.SessionId, ct);
        var batch = session.CreateBatchQuery();
        var sessions = from is null ? new[] { slotId } : [slotId, from.SessionId];
        var held = SessionWrites.Lock(session, batch, sessions, moving is { } named ? [named] : [], [command.OrganisationId]);
        await batch.Execute(ct);
        var states = await held;
        var now = clock.GetUtcNow();
        if (from is not null)
        {
            var old = states[from.SessionId];
            var cancelled = SlotDecider.Cancel(old, offering, from.Id, command.OrganisationId, window.Value, now);
            if (cancelled.Refused is { } refused)
            {
                return refused;
            }
            var after = SessionWrites.Record(session, old, cancelled.Events);
            states = new Dictionary<Guid, SessionState>(states) { [old.Id] = after };
        }
        var decision = SlotDecider.Book(states[slotId], offering, command, used, busy, window.Value, now);
        if (decision.Refused is { } refusal)
        {
            return refusal;
        }
        SessionWrites.Record(session, states[slotId], decision.Events);
        return new SlotBooking(command.BookingId, slotId, command.Slot);
    }

    // The slot's session and seats row exist before the booking transaction locks them; two first bookings of one slot
    // both try to create it, and the one that loses finds it made.
    private async Task<Guid> EnsureAsync(CatalogEntry offering, BookSlot command, CancellationToken ct)
    {
        var slot = command.Slot;
        var id = SlotSessions.IdOf(offering.Id, slot);
        await using (var query = store.QuerySession())
        {
            if (await query.LoadAsync<SessionSeats>(id, ct) is not null)
            {
                return id;
            }
        }
        try
        {
            await using var create = store.LightweightSession();
            SessionWrites.Start(create,
                new SessionScheduled(id, offering.Id, slot.StartsAt, slot.EndsAt, 1, slot.ResourceId, command.Limit?.Key));
            await create.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException
            or JasperFx.Events.ExistingStreamIdCollisionException or DocumentAlreadyExistsException)
        {
            // Created by the other booking meanwhile.
        }
        return id;
    }

    private static async Task<int> LimitUsedAsync(IDocumentSession session, SlotLimit limit, Guid organisationId, Guid? moving, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        await LockAsync(session, $"slot-limit:{limit.Key}:{organisationId}");
        var used = await session.QueryAsync<long>(
            $"""
            select count(*) from {schema}.mt_doc_sessionbooking b
            join {schema}.mt_doc_sessionseats s on s.id = CAST(b.data ->> 'sessionId' as uuid)
            where s.data ->> 'limitKey' = ? and CAST(b.data ->> 'organisationId' as uuid) = ?
              and b.data ->> 'status' <> all(?) and b.id <> all(?)
            """,
            ct, limit.Key, organisationId, Settled, moving is { } id ? new[] { id } : Array.Empty<Guid>());
        return (int)used.Single();
    }

    // One booking of a resource's slots at a time (the lock lasts until commit), so the overlap seen here stays true until then.
    // The slot itself is checked under its row lock; the slot being left by a move is free in the same transaction.
    private static async Task<bool> ResourceBusyAsync(IDocumentSession session, SlotOption slot, Guid slotId, Guid? leaving, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        await LockAsync(session, $"slot-resource:{slot.ResourceId}");
        var overlapping = await session.QueryAsync<long>(
            $"select count(*) from {schema}.mt_doc_sessionseats where {BookedOverlapping} and id <> all(?)",
            ct, new[] { slot.ResourceId }, slot.EndsAt, slot.StartsAt, leaving is { } left ? new[] { slotId, left } : [slotId]);
        return overlapping.Single() > 0;
    }

    // A transaction-scoped advisory lock: released at commit or rollback.
    private static Task LockAsync(IDocumentSession session, string key) =>
        session.QueryAsync<int>("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", key);

    public async Task<IReadOnlyList<SlotOption>> TakenAsync(IReadOnlyCollection<Guid> resourceIds, DateTimeOffset from, DateTimeOffset to,
        CancellationToken ct)
    {
        if (resourceIds.Count == 0 || to <= from)
        {
            return [];
        }
        await using var query = store.QuerySession();
        var taken = await query.QueryAsync<SessionSeats>("where " + BookedOverlapping, ct, resourceIds.ToArray(), to, from);
        return taken.Select(s => new SlotOption(s.ResourceId!.Value, s.StartsAt, s.EndsAt)).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LatestBookedAsync(IReadOnlyCollection<Guid> resourceIds, CancellationToken ct)
    {
        if (resourceIds.Count == 0)
        {
            return new Dictionary<Guid, DateTimeOffset>();
        }
        await using var query = store.QuerySession();
        var schema = store.Options.DatabaseSchemaName;
        var latest = await query.QueryAsync<SessionSeats>(
            $"""
            where id = any(array(
              select distinct on (CAST(l.data ->> 'resourceId' as uuid)) l.id from {schema}.mt_doc_sessionseats l
              where CAST(l.data ->> 'resourceId' as uuid) = any(?) and CAST(l.data ->> 'taken' as int) > 0
              order by CAST(l.data ->> 'resourceId' as uuid), CAST(l.data ->> 'startsAt' as timestamptz) desc))
            """,
            ct, resourceIds.ToArray());
        return latest.ToDictionary(s => s.ResourceId!.Value, s => s.StartsAt);
    }

    private static SlotOption Option(SessionState slot) => new(slot.Seats.ResourceId ?? Guid.Empty, slot.StartsAt, slot.EndsAt);
}
