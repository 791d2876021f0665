using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>Moving and cancelling a session: Given(events).When(command).Then(events), without a database.</summary>
public sealed class SessionLifecycleDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid SessionId = Guid.NewGuid();
    private static readonly Guid OfferingId = Guid.NewGuid();
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private static SessionState Given(int capacity, params object[] events) =>
        SessionFixtures.Session(SessionId, OfferingId, Now, capacity, events);

    private static CatalogEntry Offering() => SessionFixtures.Offering(OfferingId, deadlineHours: 24);

    private static BookingConfirmed Confirmed(Guid bookingId, int seats = 1) =>
        new(bookingId, SessionId, OfferingId, "experience-tour", ["automatisierung"], Guid.NewGuid(), seats, Now.AddDays(-1));

    private static BookingWaitlisted Waitlisted(Guid bookingId) =>
        new(bookingId, SessionId, OfferingId, "experience-tour", ["automatisierung"], Guid.NewGuid(), 1, Now.AddDays(-1));

    [Fact]
    public void Given_a_new_start_only_When_moving_Then_the_duration_is_kept_and_the_change_count_rises()
    {
        var decision = SessionLifecycleDecider.Move(Given(5), new MoveSessionInput(Now.AddDays(9), null, null), Window, Now);

        var moved = Assert.IsType<SessionMoved>(Assert.Single(decision.Events));
        Assert.Equal((Now.AddDays(9), Now.AddDays(9).AddHours(3), 5), (moved.StartsAt, moved.EndsAt, moved.Capacity));
        Assert.Equal(1, Given(5, moved).Seats.Changes);
    }

    [Fact]
    public void Given_three_seats_taken_When_lowering_the_capacity_to_two_Then_conflict_naming_both_numbers()
    {
        var refused = SessionLifecycleDecider.Move(Given(5, Confirmed(Guid.NewGuid(), 2), Confirmed(Guid.NewGuid())),
            new MoveSessionInput(null, null, 2), Window, Now).Refused;

        Assert.Equal(("catalog.capacity-below-taken", 3, 2), (refused?.Code, refused?.Args["taken"], refused?.Args["requested"]));
    }

    [Fact]
    public void Given_a_waitlist_When_the_capacity_rises_by_one_Then_the_first_in_line_is_offered_the_seat()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(Guid.NewGuid()), Waitlisted(first), Waitlisted(second));

        var decision = SessionLifecycleDecider.Move(state, new MoveSessionInput(null, null, 2), Window, Now);

        Assert.IsType<SessionMoved>(decision.Events[0]);
        Assert.Equal(first, Assert.IsType<SeatOffered>(Assert.Single(decision.Events.Skip(1))).BookingId);
    }

    [Fact]
    public void Given_a_start_in_the_past_When_moving_Then_invalid_naming_startsAt()
    {
        Assert.Equal("startsAt",
            SessionLifecycleDecider.Move(Given(5), new MoveSessionInput(Now.AddHours(-1), null, null), Window, Now).Refused?.Fields[0].Field);
    }

    [Fact]
    public void Given_bookings_When_cancelling_Then_every_open_one_ends_after_the_session_and_a_second_cancel_is_a_conflict()
    {
        var (confirmed, waiting) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(confirmed), Waitlisted(waiting));

        var decision = SessionLifecycleDecider.Cancel(state, Offering(), new CancelSessionInput("Krank"), Now);

        Assert.IsType<SessionCancelled>(decision.Events[0]);
        Assert.Equal([confirmed, waiting], decision.Events.Skip(1).Cast<BookingCancelled>().Select(c => c.BookingId));
        var after = decision.Events.Aggregate(state, (s, e) => s.Evolve(e));
        Assert.Equal((0, 0, true), (after.SeatsTaken(), after.Waiting, after.Seats.IsCancelled));
        Assert.Equal(RefusalKind.Conflict, SessionLifecycleDecider.Cancel(after, Offering(), new CancelSessionInput("Krank"), Now).Refused?.Kind);
    }

    [Fact]
    public void Given_no_reason_When_cancelling_Then_invalid_naming_reason()
    {
        Assert.Equal("reason", SessionLifecycleDecider.Cancel(Given(1), Offering(), new CancelSessionInput(" "), Now).Refused?.Fields[0].Field);
    }
}
