using System.Globalization;
using System.Threading.Channels;
using JasperFx.Events;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>What a booking decided.</summary>
/// <param name="Answer">The answer; null for an unknown session.</param>
/// <param name="Events">The events it appended.</param>
/// <param name="Busy">True when the lane's queue was full and nothing was booked.</param>
internal sealed record BookingOutcome(BookingAnswer? Answer, IReadOnlyList<object> Events, bool Busy = false)
{
    public static readonly BookingOutcome Full = new(null, [], Busy: true);
}

/// <summary>Who asked: the request's correlation, causation and user, for the events a shared transaction appends.</summary>
internal sealed record EventStamp(string? CorrelationId, string? CausationId, string? UserName)
{
    public static EventStamp Of(IDocumentSession session) => new(session.CorrelationId, session.CausationId, session.LastModifiedBy);

    public void On(IEnumerable<IEvent> events)
    {
        foreach (var e in events)
        {
            (e.CorrelationId, e.CausationId, e.UserName) = (CorrelationId, CausationId, UserName);
        }
    }
}

/// <summary>
/// Group commit for bookings of offering types without booking rules. Requests queue in lanes (a session's
/// bookings always in the same lane, so they keep their order), and each lane decides everything that queued up
/// while its last transaction ran in one transaction: one round trip locks the sessions (in id order, so two hosts
/// cannot deadlock) and reads their offerings and earlier answers; the bookings are decided in arrival order, each
/// on the seats the one before it left; one commit writes them all. Under load one transaction carries many
/// bookings and shares its fixed cost among them; alone, a booking waits for nobody. Should the transaction fail,
/// nothing of it was written and each of its requests is booked on its own.
/// </summary>
internal sealed class BookingBatches(
    BookingLanes lanes, ISessionFactory sessions, SeatOfferWindow window, TimeProvider clock, IOptions<HttpJsonOptions> json, ITexts texts,
    ILogger<BookingBatches> logger) : IHostedService
{
    private const int MaxBatch = 64;
    private readonly Channel<Queued>[] _lanes = [.. Enumerable.Range(0, lanes.Count)
        .Select(_ => Channel.CreateBounded<Queued>(
            new BoundedChannelOptions(lanes.Queue) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))];
    private Task[] _loops = [];

    // The request's language goes along: the lane writes each answer, refusals included, in its request's language.
    private sealed record Queued(Booking Request, Guid OfferingId, EventStamp Stamp, ITexts Texts, TaskCompletionSource<BookingOutcome?> Done);

    /// <summary>
    /// The outcome once the booking's transaction committed; <see cref="BookingOutcome.Full"/> when the lane's queue
    /// is full; null when it must be booked on its own (the lanes are not running, or the transaction failed).
    /// </summary>
    public Task<BookingOutcome?> BookAsync(Booking request, Guid offeringId, EventStamp stamp)
    {
        if (_loops.Length == 0)
        {
            return Task.FromResult<BookingOutcome?>(null);
        }
        var queued = new Queued(request, offeringId, stamp, texts.In(CultureInfo.CurrentUICulture),
            new(TaskCreationOptions.RunContinuationsAsynchronously));
        var lane = _lanes[(int)((uint)request.SessionId.GetHashCode() % (uint)_lanes.Length)];
        return lane.Writer.TryWrite(queued) ? queued.Done.Task
            : Task.FromResult<BookingOutcome?>(lane.Reader.Count >= lanes.Queue ? BookingOutcome.Full : null);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loops = [.. _lanes.Select(lane => Task.Run(() => RunAsync(lane.Reader), CancellationToken.None))];
        return Task.CompletedTask;
    }

    /// <summary>Takes no more requests and finishes the queued ones.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
        await Task.WhenAll(_loops).WaitAsync(cancellationToken);
    }

    private async Task RunAsync(ChannelReader<Queued> reader)
    {
        var batch = new List<Queued>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var queued))
            {
                batch.Add(queued);
            }
            try
            {
                await CommitAsync(batch);
            }
            catch (Exception ex)
            {
                logger.LogInformation(ex, "A shared booking transaction of {Count} bookings failed; each is booked on its own", batch.Count);
                batch.ForEach(q => q.Done.TrySetResult(null));
            }
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<Queued> batch)
    {
        await using var session = sessions.OpenSession();
        await session.BeginTransactionAsync(CancellationToken.None);
        var reads = session.CreateBatchQuery();
        var held = SessionWrites.Lock(session,
            reads, [.. batch.Select(q => q.Request.SessionId)], [], [.. batch.Select(q => q.Request.Command.OrganisationId)], bookingOnly: true);
        var offerings = batch.Select(q => q.OfferingId).Distinct().ToDictionary(id => id, id => reads.Load<CatalogEntry>(id));
        var earlier = batch.Select(q => q.Request.Key).OfType<string>().Distinct()
            .ToDictionary(key => key, key => reads.Load<IdempotentBooking>(key));
        await reads.Execute(CancellationToken.None);

        var (now, options) = (clock.GetUtcNow(), json.Value.SerializerOptions);
        var states = new Dictionary<Guid, SessionState?>();
        var answered = new Dictionary<string, IdempotentBooking>();
        var outcomes = new BookingOutcome[batch.Count];
        var writes = false;
        for (var i = 0; i < batch.Count; i++)
        {
            var (request, offeringId, stamp, language, _) = batch[i];
            if (request.Key is { } key && (answered.GetValueOrDefault(key) ?? await earlier[key]) is { } first)
            {
                outcomes[i] = new(request.Replay(first, language, options), []);
                continue;
            }
            if ((states.TryGetValue(request.SessionId, out var known) ? known : (await held).GetValueOrDefault(request.SessionId)) is not { } state)
            {
                outcomes[i] = new(null, []);
                continue;
            }
            var (answer, events, after, recorded, appended) = request.Apply(session, state, await offerings[offeringId], window.Value, now,
                language, options);
            stamp.On(appended);
            states[request.SessionId] = after;
            if (recorded is not null)
            {
                answered[recorded.Id] = recorded;
            }
            writes |= events.Count > 0 || request.Key is not null;
            outcomes[i] = new(answer, events);
        }
        if (writes)
        {
            await session.SaveChangesAsync(CancellationToken.None);
        }
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(outcomes[i]);
        }
    }
}
