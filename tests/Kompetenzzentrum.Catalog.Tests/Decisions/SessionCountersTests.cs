using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>
/// The session keeps counters, not the list of its bookings: they must agree with a recount of the bookings after
/// every decision, whatever the order of bookings, cancellations, offers, lapses and attendance.
/// </summary>
public sealed class SessionCountersTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid OfferingId = Guid.NewGuid();

    private static CatalogEntry Offering() => SessionFixtures.Offering(OfferingId);

    private static void AssertCountersMatchTheBookings(SessionState state)
    {
        Assert.Equal(state.Bookings.Where(b => b.HoldsSeats).Sum(b => b.Seats), state.Seats.Taken);
        Assert.Equal(state.Bookings.Count(b => b.Status == SeatStatus.Waitlisted), state.Seats.Waiting);
        Assert.Equal(state.Bookings.Count(b => b.Status == SeatStatus.Pending), state.Seats.Pending);
        Assert.Equal(state.Bookings.Count(b => b.Status == SeatStatus.Offered), state.Seats.Offered);
        // The list is in line order, and every place in line is handed out once.
        Assert.Equal(state.Bookings.OrderBy(b => b.Line).Select(b => b.Id), state.Bookings.Select(b => b.Id));
        Assert.Equal(state.Bookings.Count, state.Bookings.Select(b => b.Line).Distinct().Count());
        Assert.True(state.Bookings.All(b => b.Line <= state.Seats.Lines));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Given_a_random_run_of_commands_Then_after_each_decision_the_counters_equal_a_recount(int seed)
    {
        var random = new Random(seed);
        var offering = Offering();
        var starts = Now.AddDays(3);
        var state = SessionState.Start(new SessionScheduled(Guid.NewGuid(), OfferingId, starts, starts.AddHours(2), 6));
        var organisations = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToList();
        var now = Now;
        var decided = 0;
        for (var step = 0; step < 300; step++)
        {
            now = now.AddMinutes(random.Next(1, 25));
            var organisation = organisations[random.Next(organisations.Count)];
            var own = state.Bookings.Where(b => b.OrganisationId == organisation).ToList();
            var decision = random.Next(5) switch
            {
                0 or 1 => BookingDecider.Book(state, offering, new BookSeats(Guid.NewGuid(), organisation, random.Next(1, 4), random.Next(6) == 0),
                    TimeSpan.FromHours(5), now),
                2 when own.Count > 0 => BookingDecider.Cancel(state, offering, new CancelBooking(own[^1].Id, organisation),
                    TimeSpan.FromHours(5), now),
                3 when own.Count > 0 => BookingDecider.Accept(state, offering, new AcceptSeatOffer(own[^1].Id, organisation),
                    TimeSpan.FromHours(5), now),
                4 when state.Bookings.FirstOrDefault(b => b.Status == SeatStatus.Pending) is { } pending =>
                    ApprovalDecider.Approve(state, offering, pending.Id, TimeSpan.FromHours(5), now),
                _ => Kompetenzzentrum.Contracts.Application.Decision.Accept([.. BookingDecider.Sweep(state, TimeSpan.FromHours(5), now)]),
            };
            if (decision.Refused is null)
            {
                state = decision.Events.Aggregate(state, (s, e) => s.Evolve(e));
                decided += decision.Events.Count;
            }
            AssertCountersMatchTheBookings(state);
            Assert.True(state.Seats.Taken <= state.Capacity, "seats were sold twice");
        }
        Assert.True(decided > 50, $"the run decided only {decided} events");
    }

    [Fact]
    public void Given_a_session_after_its_start_When_attendance_and_completion_are_recorded_Then_the_seats_stay_taken()
    {
        var starts = Now.AddDays(1);
        var state = SessionState.Start(new SessionScheduled(Guid.NewGuid(), OfferingId, starts, starts.AddHours(2), 4));
        var booking = Guid.NewGuid();
        state = BookingDecider.Book(state, Offering(), new BookSeats(booking, Guid.NewGuid(), 3), TimeSpan.FromHours(5), Now).Events
            .Aggregate(state, (s, e) => s.Evolve(e));

        var attended = AttendanceDecider.Record(state, Offering(), booking, 2, starts.AddHours(3));
        state = attended.Events.Aggregate(state, (s, e) => s.Evolve(e));
        state = AttendanceDecider.Complete(state, Offering(), booking, starts.AddHours(4)).Events.Aggregate(state, (s, e) => s.Evolve(e));

        Assert.Equal(SeatStatus.Completed, state.Find(booking)!.Status);
        Assert.Equal(3, state.Seats.Taken);
        Assert.Equal(2, state.Find(booking)!.Sequence);
        AssertCountersMatchTheBookings(state);
    }

    [Fact]
    public void Given_a_decision_that_did_not_load_a_booking_When_an_event_changes_it_Then_it_fails_instead_of_miscounting()
    {
        var starts = Now.AddDays(1);
        var state = SessionState.Start(new SessionScheduled(Guid.NewGuid(), OfferingId, starts, starts.AddHours(2), 4));

        var error = Assert.Throws<InvalidOperationException>(() =>
            state.Evolve(new SeatOfferLapsed(Guid.NewGuid(), state.Id, Guid.NewGuid(), Now)));

        Assert.Contains("not loaded", error.Message);
    }
}
