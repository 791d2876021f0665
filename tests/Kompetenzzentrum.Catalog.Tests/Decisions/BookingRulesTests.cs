using Kompetenzzentrum.Modules.Catalog;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>Given(events).When(command).Then(events) over one session, without a database.</summary>
public sealed class BookingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid SessionId = Guid.NewGuid();
    private static readonly Guid OfferingId = Guid.NewGuid();

    private static SessionState Given(int capacity, params object[] events) =>
        events.Aggregate(SessionState.Start(new SessionScheduled(SessionId, OfferingId, Now.AddDays(7), Now.AddDays(7).AddHours(3), capacity)), (s, e) => s.Evolve(e));

    private static BookingConfirmed Confirmed(Guid bookingId, Guid organisationId, int seats = 1) =>
        new(bookingId, SessionId, organisationId, Names(seats), Now.AddDays(-1));

    private static BookingWaitlisted Waitlisted(Guid bookingId, Guid organisationId, int seats = 1) =>
        new(bookingId, SessionId, organisationId, Names(seats), Now.AddDays(-1));

    private static string[] Names(int count) => Enumerable.Range(1, count).Select(i => $"Person {i}").ToArray();

    private static BookSeats Book(int seats = 1) => new(Guid.NewGuid(), Guid.NewGuid(), Names(seats));

    [Fact]
    public void Given_free_seats_When_booking_Then_the_booking_is_confirmed()
    {
        var command = Book(seats: 2);

        var decision = BookingRules.Book(Given(3), OfferingStatus.Published, command, Now);

        var confirmed = Assert.IsType<BookingConfirmed>(Assert.Single(decision.Events));
        Assert.Equal(command.BookingId, confirmed.BookingId);
        Assert.Equal(["Person 1", "Person 2"], confirmed.Attendees);
    }

    [Fact]
    public void Given_a_full_session_When_booking_Then_it_joins_the_end_of_the_waitlist()
    {
        var state = Given(2, Confirmed(Guid.NewGuid(), Guid.NewGuid(), 2), Waitlisted(Guid.NewGuid(), Guid.NewGuid()));
        var command = Book();

        var decision = BookingRules.Book(state, OfferingStatus.Published, command, Now);

        Assert.IsType<BookingWaitlisted>(Assert.Single(decision.Events));
        Assert.Equal(2, state.Evolve(decision.Events[0]).WaitlistPosition(command.BookingId));
    }

    [Fact]
    public void Given_more_attendees_than_free_seats_When_booking_Then_it_is_waitlisted_not_partly_confirmed()
    {
        var state = Given(3, Confirmed(Guid.NewGuid(), Guid.NewGuid(), 2));

        var decision = BookingRules.Book(state, OfferingStatus.Published, Book(seats: 2), Now);

        Assert.IsType<BookingWaitlisted>(Assert.Single(decision.Events));
    }

    [Fact]
    public void Given_someone_waiting_When_a_smaller_booking_would_fit_Then_it_queues_behind()
    {
        var state = Given(3, Confirmed(Guid.NewGuid(), Guid.NewGuid(), 2), Waitlisted(Guid.NewGuid(), Guid.NewGuid(), 2));

        var decision = BookingRules.Book(state, OfferingStatus.Published, Book(seats: 1), Now);

        Assert.IsType<BookingWaitlisted>(Assert.Single(decision.Events));
    }

    [Theory]
    [InlineData(OfferingStatus.Draft)]
    [InlineData(OfferingStatus.Archived)]
    public void Given_an_offering_not_published_When_booking_Then_conflict(string status)
    {
        var decision = BookingRules.Book(Given(5), status, Book(), Now);

        Assert.Equal(RejectionKind.Conflict, decision.Rejected?.Kind);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_a_started_session_When_booking_Then_conflict()
    {
        var decision = BookingRules.Book(Given(5), OfferingStatus.Published, Book(), Now.AddDays(7));

        Assert.Equal(RejectionKind.Conflict, decision.Rejected?.Kind);
    }

    [Fact]
    public void Given_more_attendees_than_the_session_has_seats_When_booking_Then_invalid_naming_attendees()
    {
        var decision = BookingRules.Book(Given(2), OfferingStatus.Published, Book(seats: 3), Now);

        Assert.Equal(RejectionKind.Invalid, decision.Rejected?.Kind);
        Assert.Equal("attendees", decision.Rejected?.Field);
    }

    [Fact]
    public void Given_the_organisation_already_booked_When_booking_again_Then_conflict()
    {
        var organisation = Guid.NewGuid();
        var state = Given(5, Confirmed(Guid.NewGuid(), organisation));

        var decision = BookingRules.Book(state, OfferingStatus.Published, new BookSeats(Guid.NewGuid(), organisation, ["Someone"]), Now);

        Assert.Equal(RejectionKind.Conflict, decision.Rejected?.Kind);
    }

    [Fact]
    public void Given_a_confirmed_booking_and_a_waitlist_When_cancelled_before_the_deadline_Then_the_first_waiting_is_promoted()
    {
        var (booking, organisation, first, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(booking, organisation), Waitlisted(first, Guid.NewGuid()), Waitlisted(second, Guid.NewGuid()));

        var decision = BookingRules.Cancel(state, cancellationDeadlineHours: 48, new CancelBooking(booking, organisation), Now);

        Assert.Collection(decision.Events,
            e => Assert.Equal(booking, Assert.IsType<BookingCancelled>(e).BookingId),
            e => Assert.Equal(first, Assert.IsType<WaitlistedBookingPromoted>(e).BookingId));
        var after = decision.Events.Aggregate(state, (s, e) => s.Evolve(e));
        Assert.Equal(1, after.SeatsTaken());
        Assert.Equal(1, after.WaitlistPosition(second));
    }

    [Fact]
    public void Given_a_freed_seat_When_the_head_of_the_waitlist_needs_more_Then_nobody_jumps_the_queue()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(2, Confirmed(booking, organisation), Confirmed(Guid.NewGuid(), Guid.NewGuid()), Waitlisted(Guid.NewGuid(), Guid.NewGuid(), 2), Waitlisted(Guid.NewGuid(), Guid.NewGuid(), 1));

        var decision = BookingRules.Cancel(state, 0, new CancelBooking(booking, organisation), Now);

        Assert.IsType<BookingCancelled>(Assert.Single(decision.Events));
    }

    [Fact]
    public void Given_a_freed_pair_of_seats_When_two_single_bookings_wait_Then_both_are_promoted_in_order()
    {
        var (booking, organisation, first, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var state = Given(2, Confirmed(booking, organisation, 2), Waitlisted(first, Guid.NewGuid()), Waitlisted(second, Guid.NewGuid()));

        var decision = BookingRules.Cancel(state, 0, new CancelBooking(booking, organisation), Now);

        Assert.Equal([first, second], decision.Events.OfType<WaitlistedBookingPromoted>().Select(p => p.BookingId));
    }

    [Fact]
    public void Given_the_deadline_passed_When_a_confirmed_booking_is_cancelled_Then_conflict()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(booking, organisation));

        var decision = BookingRules.Cancel(state, cancellationDeadlineHours: 24 * 7, new CancelBooking(booking, organisation), Now.AddMinutes(1));

        Assert.Equal(RejectionKind.Conflict, decision.Rejected?.Kind);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_the_deadline_passed_When_a_waiting_booking_is_withdrawn_Then_it_is_cancelled_without_promotion()
    {
        var (waiting, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(Guid.NewGuid(), Guid.NewGuid()), Waitlisted(waiting, organisation));

        var decision = BookingRules.Cancel(state, cancellationDeadlineHours: 24 * 7, new CancelBooking(waiting, organisation), Now.AddDays(1));

        Assert.IsType<BookingCancelled>(Assert.Single(decision.Events));
    }

    [Fact]
    public void Given_a_booking_of_another_organisation_When_cancelling_Then_forbidden()
    {
        var booking = Guid.NewGuid();
        var state = Given(1, Confirmed(booking, Guid.NewGuid()));

        var decision = BookingRules.Cancel(state, 0, new CancelBooking(booking, Guid.NewGuid()), Now);

        Assert.Equal(RejectionKind.Forbidden, decision.Rejected?.Kind);
    }

    [Fact]
    public void Given_a_cancelled_booking_When_cancelled_again_Then_conflict()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(booking, organisation), new BookingCancelled(booking, SessionId, organisation, Now));

        var decision = BookingRules.Cancel(state, 0, new CancelBooking(booking, organisation), Now);

        Assert.Equal(RejectionKind.Conflict, decision.Rejected?.Kind);
        Assert.Equal(0, state.SeatsTaken());
    }
}
