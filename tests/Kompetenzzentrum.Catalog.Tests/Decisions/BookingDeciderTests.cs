using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>Given(events).When(command).Then(events) over one session, without a database.</summary>
public sealed class BookingDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid SessionId = Guid.NewGuid();
    private static readonly Guid OfferingId = Guid.NewGuid();
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private static SessionState Given(int capacity, params object[] events) =>
        SessionFixtures.Session(SessionId, OfferingId, Now, capacity, events);

    private static CatalogEntry Offering(string status = OfferingStatus.Published, int deadlineHours = 0) =>
        SessionFixtures.Offering(OfferingId, deadlineHours: deadlineHours, status: status);

    private static BookingConfirmed Confirmed(Guid bookingId, Guid organisationId, int seats = 1) =>
        new(bookingId, SessionId, OfferingId, "experience-tour", ["automatisierung"], organisationId, seats, Now.AddDays(-1));

    private static BookingWaitlisted Waitlisted(Guid bookingId, Guid organisationId, int seats = 1) =>
        new(bookingId, SessionId, OfferingId, "experience-tour", ["automatisierung"], organisationId, seats, Now.AddDays(-1));

    private static BookSeats Book(int seats = 1) => new(Guid.NewGuid(), Guid.NewGuid(), seats);

    [Fact]
    public void Given_free_seats_When_booking_Then_the_booking_is_confirmed()
    {
        var command = Book(seats: 2);

        var decision = BookingDecider.Book(Given(3), Offering(), command, Window, Now);

        var confirmed = Assert.IsType<BookingConfirmed>(Assert.Single(decision.Events));
        Assert.Equal(command.BookingId, confirmed.BookingId);
        Assert.Equal(2, confirmed.Seats);
        Assert.Equal(("experience-tour", "booked", OfferingId),
            (confirmed.Interaction.OfferingType, confirmed.Interaction.Kind, confirmed.Interaction.OfferingId));
    }

    [Fact]
    public void Given_a_full_session_When_booking_Then_it_joins_the_end_of_the_waitlist()
    {
        var state = Given(2, Confirmed(Guid.NewGuid(), Guid.NewGuid(), 2), Waitlisted(Guid.NewGuid(), Guid.NewGuid()));
        var command = Book();

        var decision = BookingDecider.Book(state, Offering(), command, Window, Now);

        Assert.IsType<BookingWaitlisted>(Assert.Single(decision.Events));
        Assert.Equal(2, state.Evolve(decision.Events[0]).WaitlistPosition(command.BookingId));
    }

    [Fact]
    public void Given_more_attendees_than_free_seats_When_booking_Then_it_is_waitlisted_not_partly_confirmed()
    {
        var state = Given(3, Confirmed(Guid.NewGuid(), Guid.NewGuid(), 2));

        var decision = BookingDecider.Book(state, Offering(), Book(seats: 2), Window, Now);

        Assert.IsType<BookingWaitlisted>(Assert.Single(decision.Events));
    }

    [Fact]
    public void Given_someone_waiting_When_a_smaller_booking_would_fit_Then_it_queues_behind()
    {
        var state = Given(3, Confirmed(Guid.NewGuid(), Guid.NewGuid(), 2), Waitlisted(Guid.NewGuid(), Guid.NewGuid(), 2));

        var decision = BookingDecider.Book(state, Offering(), Book(seats: 1), Window, Now);

        Assert.IsType<BookingWaitlisted>(Assert.Single(decision.Events));
    }

    [Theory]
    [InlineData(OfferingStatus.Draft)]
    [InlineData(OfferingStatus.Archived)]
    public void Given_an_offering_not_published_When_booking_Then_conflict(string status)
    {
        var decision = BookingDecider.Book(Given(5), Offering(status), Book(), Window, Now);

        Assert.Equal(RefusalKind.Conflict, decision.Refused?.Kind);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_a_started_session_When_booking_Then_conflict()
    {
        var decision = BookingDecider.Book(Given(5), Offering(), Book(), Window, Now.AddDays(7));

        Assert.Equal(RefusalKind.Conflict, decision.Refused?.Kind);
    }

    [Fact]
    public void Given_more_attendees_than_the_session_has_seats_When_booking_Then_invalid_naming_attendees()
    {
        var decision = BookingDecider.Book(Given(2), Offering(), Book(seats: 3), Window, Now);

        Assert.Equal(RefusalKind.Invalid, decision.Refused?.Kind);
        Assert.Equal("attendees", decision.Refused?.Fields[0].Field);
    }

    [Fact]
    public void Given_the_organisation_already_booked_When_booking_again_Then_conflict()
    {
        var organisation = Guid.NewGuid();
        var state = Given(5, Confirmed(Guid.NewGuid(), organisation));

        var decision = BookingDecider.Book(state, Offering(), new BookSeats(Guid.NewGuid(), organisation, 1), Window, Now);

        Assert.Equal(RefusalKind.Conflict, decision.Refused?.Kind);
    }

    [Fact]
    public void Given_a_confirmed_booking_and_a_waitlist_When_cancelled_before_the_deadline_Then_the_seat_is_offered_to_the_first_waiting()
    {
        var (booking, organisation, first, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(booking, organisation), Waitlisted(first, Guid.NewGuid()), Waitlisted(second, Guid.NewGuid()));

        var decision = BookingDecider.Cancel(state, Offering(deadlineHours: 48), new CancelBooking(booking, organisation), Window, Now);

        Assert.Collection(decision.Events,
            e => Assert.Equal(booking, Assert.IsType<BookingCancelled>(e).BookingId),
            e => Assert.Equal((first, Now + Window), (Assert.IsType<SeatOffered>(e).BookingId, ((SeatOffered)e).ExpiresAt)));
        var after = decision.Events.Aggregate(state, (s, e) => s.Evolve(e));
        Assert.Equal(1, after.SeatsTaken());
        Assert.Equal(SeatStatus.Offered, after.Find(first)!.Status);
        Assert.Equal(1, after.WaitlistPosition(second));
    }

    [Fact]
    public void Given_a_freed_seat_When_the_head_of_the_waitlist_needs_more_Then_nobody_jumps_the_queue()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(2, Confirmed(booking, organisation), Confirmed(Guid.NewGuid(), Guid.NewGuid()),
            Waitlisted(Guid.NewGuid(), Guid.NewGuid(), 2), Waitlisted(Guid.NewGuid(), Guid.NewGuid(), 1));

        var decision = BookingDecider.Cancel(state, Offering(deadlineHours: 0), new CancelBooking(booking, organisation), Window, Now);

        Assert.IsType<BookingCancelled>(Assert.Single(decision.Events));
    }

    [Fact]
    public void Given_a_freed_pair_of_seats_When_two_single_bookings_wait_Then_both_are_offered_in_order()
    {
        var (booking, organisation, first, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var state = Given(2, Confirmed(booking, organisation, 2), Waitlisted(first, Guid.NewGuid()), Waitlisted(second, Guid.NewGuid()));

        var decision = BookingDecider.Cancel(state, Offering(deadlineHours: 0), new CancelBooking(booking, organisation), Window, Now);

        Assert.Equal([first, second], decision.Events.OfType<SeatOffered>().Select(p => p.BookingId));
    }

    [Fact]
    public void Given_an_open_offer_When_accepted_in_time_Then_the_booking_is_confirmed()
    {
        var (offered, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Waitlisted(offered, organisation), new SeatOffered(offered, SessionId, organisation, Now, Now.AddHours(2)));

        var decision = BookingDecider.Accept(state, Offering(), new AcceptSeatOffer(offered, organisation), Window, Now.AddHours(1));

        Assert.IsType<BookingConfirmed>(Assert.Single(decision.Events));
        Assert.Equal(SeatStatus.Confirmed, state.Evolve(decision.Events[0]).Find(offered)!.Status);
    }

    [Fact]
    public void Given_an_offer_past_its_expiry_When_accepting_Then_conflict()
    {
        var (offered, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Waitlisted(offered, organisation), new SeatOffered(offered, SessionId, organisation, Now, Now.AddHours(2)));

        var decision = BookingDecider.Accept(state, Offering(), new AcceptSeatOffer(offered, organisation), Window, Now.AddHours(2));

        Assert.Equal(RefusalKind.Conflict, decision.Refused?.Kind);
    }

    [Fact]
    public void Given_an_expired_offer_When_swept_Then_it_lapses_and_the_seat_is_offered_to_the_next_in_line()
    {
        var (offered, next) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Waitlisted(offered, Guid.NewGuid()), Waitlisted(next, Guid.NewGuid()),
            new SeatOffered(offered, SessionId, Guid.Empty, Now, Now.AddHours(2)));

        var events = BookingDecider.Sweep(state, Window, Now.AddHours(3));

        Assert.Collection(events,
            e => Assert.Equal(offered, Assert.IsType<SeatOfferLapsed>(e).BookingId),
            e => Assert.Equal(next, Assert.IsType<SeatOffered>(e).BookingId));
        Assert.Empty(BookingDecider.Sweep(state, Window, Now.AddHours(1)));
    }

    [Fact]
    public void Given_a_session_starting_soon_When_a_seat_is_offered_Then_the_offer_expires_at_the_start()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(booking, organisation), Waitlisted(Guid.NewGuid(), Guid.NewGuid()));
        var late = state.StartsAt.AddHours(-3);

        var decision = BookingDecider.Cancel(state, Offering(deadlineHours: 0), new CancelBooking(booking, organisation), Window, late);

        Assert.Equal(state.StartsAt, decision.Events.OfType<SeatOffered>().Single().ExpiresAt);
    }

    [Fact]
    public void Given_an_open_offer_When_it_is_declined_Then_the_next_waiting_gets_the_offer()
    {
        var (offered, organisation, next) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Waitlisted(offered, organisation), Waitlisted(next, Guid.NewGuid()),
            new SeatOffered(offered, SessionId, organisation, Now, Now.AddHours(2)));

        var decision = BookingDecider.Cancel(state, Offering(deadlineHours: 48), new CancelBooking(offered, organisation), Window, Now);

        Assert.Equal(next, decision.Events.OfType<SeatOffered>().Single().BookingId);
    }

    [Fact]
    public void Given_an_expired_offer_When_a_newcomer_books_Then_the_sweep_comes_first_and_the_newcomer_queues()
    {
        var (offered, next) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Waitlisted(offered, Guid.NewGuid()), Waitlisted(next, Guid.NewGuid()),
            new SeatOffered(offered, SessionId, Guid.Empty, Now, Now.AddHours(2)));

        var decision = BookingDecider.Book(state, Offering(), Book(), Window, Now.AddHours(3));

        Assert.Collection(decision.Events,
            e => Assert.IsType<SeatOfferLapsed>(e),
            e => Assert.Equal(next, Assert.IsType<SeatOffered>(e).BookingId),
            e => Assert.IsType<BookingWaitlisted>(e));
    }

    [Fact]
    public void Given_the_deadline_passed_When_a_confirmed_booking_is_cancelled_Then_conflict()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(booking, organisation));

        var decision = BookingDecider.Cancel(state, Offering(deadlineHours: 24 * 7), new CancelBooking(booking, organisation),
            Window, Now.AddMinutes(1));

        Assert.Equal(RefusalKind.Conflict, decision.Refused?.Kind);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_the_deadline_passed_When_a_waiting_booking_is_withdrawn_Then_it_is_cancelled_without_promotion()
    {
        var (waiting, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(Guid.NewGuid(), Guid.NewGuid()), Waitlisted(waiting, organisation));

        var decision = BookingDecider.Cancel(state, Offering(deadlineHours: 24 * 7), new CancelBooking(waiting, organisation),
            Window, Now.AddDays(1));

        Assert.IsType<BookingCancelled>(Assert.Single(decision.Events));
    }

    [Fact]
    public void Given_a_booking_of_another_organisation_When_cancelling_Then_forbidden()
    {
        var booking = Guid.NewGuid();
        var state = Given(1, Confirmed(booking, Guid.NewGuid()));

        var decision = BookingDecider.Cancel(state, Offering(deadlineHours: 0), new CancelBooking(booking, Guid.NewGuid()), Window, Now);

        Assert.Equal(RefusalKind.Forbidden, decision.Refused?.Kind);
    }

    [Fact]
    public void Given_a_cancelled_booking_When_cancelled_again_Then_conflict()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(1, Confirmed(booking, organisation),
            new BookingCancelled(booking, SessionId, OfferingId, "experience-tour", ["automatisierung"], organisation, 1, Now));

        var decision = BookingDecider.Cancel(state, Offering(deadlineHours: 0), new CancelBooking(booking, organisation), Window, Now);

        Assert.Equal(RefusalKind.Conflict, decision.Refused?.Kind);
        Assert.Equal(0, state.SeatsTaken());
    }
}
