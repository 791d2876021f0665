using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Kompetenzzentrum.Modules.Catalog.Slots;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>The slot engine's decisions over one slot (a session of one seat), without a database.</summary>
public sealed class SlotDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddDays(3);
    private static readonly Guid OfferingId = Guid.NewGuid();
    private static readonly Guid Expert = Guid.NewGuid();
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private static SessionState Slot(params object[] events) =>
        events.Aggregate(
            SessionState.Start(new SessionScheduled(Guid.NewGuid(), OfferingId, Start, Start.AddHours(1), 1, Expert, "consultation:2026-Q4")),
            (s, e) => s.Evolve(e));

    private static CatalogEntry Offering(int deadlineHours = 48) =>
        new(OfferingId, Guid.NewGuid(), "consultation", new("KI", "AI"), new("Text", "Text"), ["ki"], MaturityLevel.Einsteiger,
            MaturityLevel.Vorreiter, "online", null, null, "de", deadlineHours, OfferingStatus.Published);

    private static BookSlot Command(Guid? organisation = null, int limit = 2) =>
        new(Guid.NewGuid(), OfferingId, organisation ?? Guid.NewGuid(), new SlotOption(Expert, Start, Start.AddHours(1)),
            new SlotLimit("consultation:2026-Q4", limit));

    private static BookingConfirmed Confirmed(SessionState slot, Guid bookingId, Guid organisation) =>
        new(bookingId, slot.Id, OfferingId, "consultation", ["ki"], organisation, 1, Now.AddDays(-1));

    [Fact]
    public void Given_a_free_slot_When_it_is_booked_Then_one_seat_is_confirmed_as_a_catalog_booking()
    {
        var command = Command();

        var decision = SlotDecider.Book(Slot(), Offering(), command, limitUsed: 1, resourceBusy: false, Window, Now);

        var confirmed = Assert.IsType<BookingConfirmed>(Assert.Single(decision.Events));
        Assert.Equal((command.BookingId, command.OrganisationId, 1, "consultation"),
            (confirmed.BookingId, confirmed.OrganisationId, confirmed.Seats, confirmed.OfferingType));
    }

    [Fact]
    public void Given_a_taken_slot_When_another_organisation_books_it_Then_it_is_taken_and_nobody_waits()
    {
        var slot = Slot();
        slot = slot.Evolve(Confirmed(slot, Guid.NewGuid(), Guid.NewGuid()));

        var decision = SlotDecider.Book(slot, Offering(), Command(), limitUsed: 0, resourceBusy: false, Window, Now);

        Assert.Equal(SlotRefusals.Taken, decision.Refused?.Code);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_the_resource_is_booked_at_that_time_through_another_offering_When_the_free_slot_is_booked_Then_it_is_taken()
    {
        var decision = SlotDecider.Book(Slot(), Offering(), Command(), limitUsed: 0, resourceBusy: true, Window, Now);

        Assert.Equal(SlotRefusals.Taken, decision.Refused?.Code);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_the_organisation_holds_its_limit_When_it_books_a_free_slot_Then_the_limit_refuses_it()
    {
        var decision = SlotDecider.Book(Slot(), Offering(), Command(limit: 1), limitUsed: 1, resourceBusy: false, Window, Now);

        Assert.Equal(SlotRefusals.LimitReached, decision.Refused?.Code);
    }

    [Fact]
    public void Given_a_slot_When_the_catalog_books_it_as_a_plain_session_Then_it_is_refused()
    {
        var decision = BookingDecider.Book(Slot(), Offering(), new BookSeats(Guid.NewGuid(), Guid.NewGuid(), 1), Window, Now);

        Assert.Equal("catalog.slot-booked-through-type", decision.Refused?.Code);
    }

    [Fact]
    public void Given_a_booked_slot_When_it_is_cancelled_past_the_catalog_deadline_Then_the_seat_is_free_again()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var slot = Slot();
        slot = slot.Evolve(Confirmed(slot, booking, organisation));

        // The offering's 100 hours deadline has passed; the type checked its own notice before asking.
        var decision = SlotDecider.Cancel(slot, Offering(deadlineHours: 100), booking, organisation, Window, Now);

        var cancelled = Assert.IsType<BookingCancelled>(Assert.Single(decision.Events));
        Assert.Equal(1, slot.Evolve(cancelled).SeatsFree());
    }

    [Fact]
    public void Given_a_booked_slot_When_the_catalog_cancels_it_as_a_plain_booking_Then_it_is_refused_and_the_type_keeps_its_record()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var slot = Slot();
        slot = slot.Evolve(Confirmed(slot, booking, organisation));

        var decision = BookingDecider.Cancel(slot, Offering(deadlineHours: 0), new CancelBooking(booking, organisation), Window, Now);

        Assert.Equal("catalog.slot-booked-through-type", decision.Refused?.Code);
    }

    [Fact]
    public void Given_a_booked_slot_When_its_meeting_took_place_Then_the_seat_is_attended_and_the_participation_completed_once()
    {
        var (booking, organisation) = (Guid.NewGuid(), Guid.NewGuid());
        var slot = Slot();
        slot = slot.Evolve(Confirmed(slot, booking, organisation));
        var after = Start.AddHours(2);

        Assert.Equal("catalog.attendance-before-start", SlotDecider.Complete(slot, Offering(), booking, Now).Refused?.Code);
        var decision = SlotDecider.Complete(slot, Offering(), booking, after);

        Assert.Collection(decision.Events,
            e => Assert.Equal(1, Assert.IsType<AttendanceRecorded>(e).Attended),
            e => Assert.Equal((booking, organisation),
                (Assert.IsType<ParticipationCompleted>(e).ParticipationId, ((ParticipationCompleted)e).OrganisationId)),
            e => Assert.IsType<BookingCompleted>(e));
        var completed = decision.Events.Aggregate(slot, (s, e) => s.Evolve(e));
        Assert.Empty(SlotDecider.Complete(completed, Offering(), booking, after).Events);
    }
}
