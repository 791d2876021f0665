using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>A state that loaded only the head of the waitlist decides as the whole one would, and says so where it cannot.</summary>
public sealed class WaitlistHeadTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid SessionId = Guid.NewGuid();
    private static readonly Guid OfferingId = Guid.NewGuid();

    // A full session of two seats with five waiting, lines 3 to 7; the loaded head reaches line `through`.
    private static SessionState Loaded(long through)
    {
        var whole = SessionFixtures.Session(SessionId, OfferingId, Now, 2, Enumerable.Range(0, 7).Select(object (i) => i < 2
            ? new BookingConfirmed(Guid.NewGuid(), SessionId, OfferingId, "tour", [], Guid.NewGuid(), 1, Now)
            : new BookingWaitlisted(Guid.NewGuid(), SessionId, OfferingId, "tour", [], Guid.NewGuid(), 1, Now)));
        return whole with
        {
            Bookings = [.. whole.Bookings.Where(b => b.Status == SeatStatus.Confirmed || b.Line <= through)],
            Head = new WaitlistHead(through, whole.Seats.Lines),
        };
    }

    private static CatalogEntry Offering() => SessionFixtures.Offering(OfferingId, "tour", []);

    [Fact]
    public void Given_no_head_loaded_When_booking_Then_the_newcomer_waits_last_at_the_place_the_counters_give()
    {
        var state = Loaded(through: 0);
        var command = new BookSeats(Guid.NewGuid(), Guid.NewGuid(), 1);

        var decision = BookingDecider.Book(state, Offering(), command, TimeSpan.FromHours(24), Now);

        var after = state.Evolve(Assert.IsType<BookingWaitlisted>(Assert.Single(decision.Events)));
        Assert.Equal(6, after.WaitlistPosition(command.BookingId));
    }

    [Fact]
    public void Given_a_head_of_one_When_a_seat_frees_Then_it_goes_to_the_first_in_line_and_more_would_be_an_error()
    {
        var state = Loaded(through: 3);
        var first = state.Waitlist()[0];
        var freed = state.Evolve(new BookingCancelled(state.Bookings[0].Id, SessionId, OfferingId, "tour", [], state.Bookings[0].OrganisationId, 1,
            Now));

        var offered = Assert.Single(BookingDecider.Offer(freed, TimeSpan.FromHours(24), Now));
        Assert.Equal(first.Id, offered.BookingId);
        Assert.Equal(1, state.WaitlistPosition(first.Id));
        // Two free seats would reach past the head: that is a loading error, never a silent skip in the line.
        var both = freed.Evolve(new BookingCancelled(state.Bookings[1].Id, SessionId, OfferingId, "tour", [], state.Bookings[1].OrganisationId, 1,
            Now));
        Assert.Throws<InvalidOperationException>(() => BookingDecider.Offer(both, TimeSpan.FromHours(24), Now).ToList());
    }
}
