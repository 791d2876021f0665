using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>Pending requests a booking rule sends to staff: Given(events).When(command).Then(events), without a database.</summary>
public sealed class ApprovalDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid SessionId = Guid.NewGuid();
    private static readonly Guid OfferingId = Guid.NewGuid();
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private static SessionState Given(int capacity, params object[] events) =>
        SessionFixtures.Session(SessionId, OfferingId, Now, capacity, events);

    private static CatalogEntry Offering() => SessionFixtures.Offering(OfferingId, "sprint", ["geschaeftsmodelle"]);

    private static BookingRequested Requested(Guid bookingId, int seats = 1) =>
        new(bookingId, SessionId, OfferingId, Guid.NewGuid(), seats, Now.AddDays(-1));

    private static BookingConfirmed Confirmed(int seats = 1) =>
        new(Guid.NewGuid(), SessionId, OfferingId, "sprint", ["geschaeftsmodelle"], Guid.NewGuid(), seats, Now.AddDays(-1));

    private static BookingWaitlisted Waitlisted(Guid bookingId) =>
        new(bookingId, SessionId, OfferingId, "sprint", ["geschaeftsmodelle"], Guid.NewGuid(), 1, Now.AddDays(-1));

    [Fact]
    public void Given_a_rule_asking_for_approval_When_booking_Then_the_request_is_pending_and_takes_no_seat_and_no_waitlist_place()
    {
        var command = new BookSeats(Guid.NewGuid(), Guid.NewGuid(), 2, AwaitsApproval: true);

        var decision = BookingDecider.Book(Given(2), Offering(), command, Window, Now);

        var requested = Assert.IsType<BookingRequested>(Assert.Single(decision.Events));
        var after = Given(2).Evolve(requested);
        Assert.Equal(SeatStatus.Pending, after.Find(command.BookingId)!.Status);
        Assert.Equal((0, 2, 0), (after.SeatsTaken(), after.SeatsFree(), after.Waitlist().Count));
        Assert.Null(after.WaitlistPosition(command.BookingId));
    }

    [Fact]
    public void Given_a_pending_request_and_free_seats_When_staff_approve_Then_it_is_confirmed_and_takes_its_seats()
    {
        var booking = Guid.NewGuid();
        var state = Given(2, Requested(booking, seats: 2));

        var decision = ApprovalDecider.Approve(state, Offering(), booking, Window, Now);

        var confirmed = Assert.IsType<BookingConfirmed>(Assert.Single(decision.Events));
        var after = state.Evolve(confirmed);
        Assert.Equal((SeatStatus.Confirmed, 1, 2), (after.Find(booking)!.Status, after.Find(booking)!.Sequence, after.SeatsTaken()));
        Assert.Equal(("sprint", "booked"), (confirmed.Interaction.OfferingType, confirmed.Interaction.Kind));
    }

    [Fact]
    public void Given_a_full_session_When_staff_approve_an_earlier_request_Then_it_queues_behind_those_already_waiting()
    {
        var (pending, waiting) = (Guid.NewGuid(), Guid.NewGuid());
        // The request came first, but the other organisation was waitlisted before the approval.
        var state = Given(1, Requested(pending), Confirmed(), Waitlisted(waiting));

        var decision = ApprovalDecider.Approve(state, Offering(), pending, Window, Now);

        var after = state.Evolve(Assert.IsType<BookingWaitlisted>(Assert.Single(decision.Events)));
        Assert.Equal((1, 2), (after.WaitlistPosition(waiting)!.Value, after.WaitlistPosition(pending)!.Value));
        Assert.Equal(1, after.SeatsTaken());
    }

    [Fact]
    public void Given_a_pending_request_When_staff_reject_it_Then_it_is_rejected_and_the_organisation_may_ask_again()
    {
        var booking = Guid.NewGuid();
        var requested = Requested(booking);
        var state = Given(1, requested);

        var decision = ApprovalDecider.Reject(state, booking, Now);

        var after = state.Evolve(Assert.IsType<BookingRejected>(Assert.Single(decision.Events)));
        Assert.Equal(SeatStatus.Rejected, after.Find(booking)!.Status);
        Assert.Equal("rejected", after.Find(booking)!.Status.Text());
        var again = BookingDecider.Book(after, Offering(),
            new BookSeats(Guid.NewGuid(), requested.OrganisationId, 1, AwaitsApproval: true), Window, Now);
        Assert.False(again.IsRefused);
    }

    [Fact]
    public void Given_a_confirmed_or_rejected_booking_When_staff_approve_or_reject_it_Then_409_and_nothing_changes()
    {
        var (rejected, confirmed) = (Guid.NewGuid(), Guid.NewGuid());
        var state = Given(2, Requested(rejected), new BookingRejected(rejected, SessionId, Guid.NewGuid(), Now), Requested(confirmed));
        state = state.Evolve(ApprovalDecider.Approve(state, Offering(), confirmed, Window, Now).Events.Single());

        var approveRejected = ApprovalDecider.Approve(state, Offering(), rejected, Window, Now);
        var rejectConfirmed = ApprovalDecider.Reject(state, confirmed, Now);
        var unknown = ApprovalDecider.Approve(state, Offering(), Guid.NewGuid(), Window, Now);

        Assert.Equal(RefusalKind.Conflict, approveRejected.Refused!.Kind);
        Assert.Equal(RefusalKind.Conflict, rejectConfirmed.Refused!.Kind);
        Assert.Equal(RefusalKind.NotFound, unknown.Refused!.Kind);
    }

    [Fact]
    public void Given_a_pending_request_When_the_session_has_started_Then_it_can_be_rejected_but_not_approved()
    {
        var booking = Guid.NewGuid();
        var state = Given(1, Requested(booking));
        var late = Now.AddDays(8);

        Assert.Equal(RefusalKind.Conflict, ApprovalDecider.Approve(state, Offering(), booking, Window, late).Refused!.Kind);
        Assert.IsType<BookingRejected>(Assert.Single(ApprovalDecider.Reject(state, booking, late).Events));
    }

    [Fact]
    public void Given_a_pending_request_When_the_organisation_cancels_it_Then_it_is_withdrawn_without_offering_seats()
    {
        var booking = Guid.NewGuid();
        var requested = Requested(booking);
        var state = Given(1, requested);

        var decision = BookingDecider.Cancel(state, Offering(), new CancelBooking(booking, requested.OrganisationId), Window, Now);

        Assert.IsType<BookingCancelled>(Assert.Single(decision.Events));
    }
}
