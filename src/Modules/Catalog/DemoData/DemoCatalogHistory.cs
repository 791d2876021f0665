using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.DemoData;

/// <summary>
/// Eighteen months of sessions of the offerings with seats, and the next eight weeks: every session scheduled, booked,
/// attended and completed through the catalog's own deciders, each with the time it happened, so the events and the
/// booking rows are those real use writes. Demo organisations book what fits their topics once they have joined.
/// </summary>
internal sealed class DemoCatalogHistory(IDocumentStore store, IEnumerable<OfferingTypeDefinition> types, SeatOfferWindow window, TimeProvider clock)
    : IModuleSeeder
{
    // Sessions per unit of work: few round trips, without one huge transaction.
    private const int SessionsPerSave = 40;

    public int Order => SeedOrder.History;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<SessionSeats>().AnyAsync(cancellationToken))
        {
            return;
        }
        var seated = types.Where(t => t.Capacity == CapacityModel.SeatsPerSession).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var offerings = (await session.Query<CatalogEntry>().ToListAsync(cancellationToken))
            .Where(o => o.Status == OfferingStatus.Published && seated.Contains(o.OfferingType))
            .OrderBy(o => o.Id)
            .ToList();
        var now = clock.GetUtcNow();
        var random = new Random(300);
        var planned = offerings.SelectMany(o => Dates(o, now, random).Select(d => (Offering: o, Starts: d))).OrderBy(p => p.Starts).ToList();
        var written = 0;
        var unit = store.LightweightSession();
        try
        {
            foreach (var (offering, starts) in planned)
            {
                Write(unit, offering, starts, now, random);
                if (++written % SessionsPerSave == 0)
                {
                    await unit.SaveChangesAsync(cancellationToken);
                    await unit.DisposeAsync();
                    unit = store.LightweightSession();
                }
            }
            await unit.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            await unit.DisposeAsync();
        }
    }

    /// <summary>Every five to nine weeks over the history, and one or two sessions in the next eight weeks.</summary>
    private static IEnumerable<DateTimeOffset> Dates(CatalogEntry offering, DateTimeOffset now, Random random)
    {
        var day = now.Date.AddDays(-DemoCast.HistoryDays + random.Next(30));
        var dates = new List<DateTimeOffset>();
        for (; day < now.Date.AddDays(-2); day = day.AddDays(35 + random.Next(28)))
        {
            dates.Add(At(day));
        }
        dates.Add(At(now.Date.AddDays(3 + random.Next(20))));
        if (random.Next(2) == 0)
        {
            dates.Add(At(now.Date.AddDays(28 + random.Next(27))));
        }
        return dates;

        // Working days, 9:00 or 14:00 UTC.
        DateTimeOffset At(DateTime date)
        {
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                date = date.AddDays(1);
            }
            return new DateTimeOffset(date.AddHours(random.Next(2) == 0 ? 9 : 14), TimeSpan.Zero);
        }
    }

    private void Write(IDocumentSession session, CatalogEntry offering, DateTimeOffset starts, DateTimeOffset now, Random random)
    {
        var sessionId = Ids.Derived($"demo-session:{starts.ToUnixTimeSeconds()}", offering.Id);
        var capacity = 10 + random.Next(11);
        var scheduledAt = starts.AddDays(-60);
        var decision = SessionDecider.Schedule(sessionId, offering.Id, offering.Status, CapacityModel.SeatsPerSession,
            new ScheduleSessionInput(starts, starts.AddHours(3), capacity), scheduledAt);
        var state = SessionWrites.Start(session, (SessionScheduled)decision.Events.Single());
        var past = starts < now;
        var wanted = past ? capacity / 2 + random.Next(capacity / 2 + 1) : random.Next(capacity / 2);
        foreach (var organisation in Participants(offering, wanted, random))
        {
            var bookedAt = starts.AddDays(-random.Next(2, 40));
            var joined = now.AddDays(-organisation.JoinedAt);
            bookedAt = bookedAt < joined ? joined.AddHours(1) : bookedAt;
            if (bookedAt >= starts || bookedAt >= now)
            {
                continue;
            }
            var bookingId = Ids.Derived($"demo-booking:{sessionId:N}", organisation.Id);
            var booked = BookingDecider.Book(state, offering, new BookSeats(bookingId, organisation.Id, 1), window.Value, bookedAt);
            if (booked.Refused is not null)
            {
                continue;
            }
            state = SessionWrites.Record(session, state, booked.Events);
            session.Insert(new BookingAttendees(bookingId, sessionId, ["Teilnehmende " + organisation.Name], organisation.Id));
        }
        if (past)
        {
            state = AttendAndComplete(session, state, offering, random);
        }
    }

    /// <summary>After the session most came (attendance recorded the hour it ended) and were completed the next day.</summary>
    private static SessionState AttendAndComplete(IDocumentSession session, SessionState state, CatalogEntry offering, Random random)
    {
        foreach (var booking in state.Bookings.Where(b => b.Status == SeatStatus.Confirmed).ToList())
        {
            var came = random.NextDouble() < 0.87 ? 1 : 0;
            var recorded = AttendanceDecider.Record(state, offering, booking.Id, came, state.StartsAt.AddHours(3));
            state = SessionWrites.Record(session, state, recorded.Events);
            if (came > 0)
            {
                var completed = AttendanceDecider.Complete(state, offering, booking.Id, state.StartsAt.AddDays(1));
                state = SessionWrites.Record(session, state, completed.Events);
            }
        }
        return state;
    }

    /// <summary>Organisations whose topics meet the offering's, more likely the closer the fit; startups only at matchmaking.</summary>
    private static IEnumerable<DemoOrganisation> Participants(CatalogEntry offering, int wanted, Random random) =>
        DemoCast.All
            .Where(o => !o.IsStartup || offering.OfferingType == "matchmaking-event")
            .Select(o => (Organisation: o, Weight: random.NextDouble() + (o.Topics.Intersect(offering.Topics).Any() ? 1.0 : 0)))
            .OrderByDescending(o => o.Weight)
            .Select(o => o.Organisation)
            .Take(wanted);
}
