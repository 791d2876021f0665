using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Catalog.Attendance;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

/// <summary>Attendance, no-show and completion over one session's state, without a database.</summary>
public sealed class AttendanceDeciderTests
{
    private static readonly DateTimeOffset Starts = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid SessionId = Guid.NewGuid();
    private static readonly Guid OfferingId = Guid.NewGuid();
    private static readonly Guid BookingId = Guid.NewGuid();
    private static readonly Guid OrganisationId = Guid.NewGuid();

    private static readonly CatalogEntry Offering = new(OfferingId, Guid.NewGuid(), "experience-tour", new("Tour", "Tour"), new("Text", "Text"),
        ["automatisierung"], MaturityLevel.Einsteiger, MaturityLevel.Vorreiter, "on-site", "Cottbus", null, "de", 24, OfferingStatus.Published);

    private static SessionState Given(params object[] events) =>
        events.Aggregate(SessionState.Start(new SessionScheduled(SessionId, OfferingId, Starts, Starts.AddHours(3), 5)), (s, e) => s.Evolve(e));

    private static BookingConfirmed Confirmed(int seats = 3) =>
        new(BookingId, SessionId, OfferingId, "experience-tour", ["automatisierung"], OrganisationId, seats, Starts.AddDays(-7));

    private static SessionState Apply(SessionState state, Decision decision) => decision.Events.Aggregate(state, (s, e) => s.Evolve(e));

    [Fact]
    public void Given_a_confirmed_booking_When_two_of_three_attended_after_the_start_Then_attendance_is_recorded_with_one_no_show()
    {
        var state = Given(Confirmed());

        var decision = AttendanceDecider.Record(state, Offering, BookingId, 2, Starts.AddMinutes(5));

        var recorded = Assert.IsType<AttendanceRecorded>(Assert.Single(decision.Events));
        Assert.Equal((2, 1, OrganisationId), (recorded.Attended, recorded.NoShows, recorded.OrganisationId));
        Assert.Equal(InteractionKinds.Attended, recorded.Interaction.Kind);
        Assert.Equal(SeatStatus.Attended, Apply(state, decision).Find(BookingId)!.Status);
    }

    [Fact]
    public void Given_nobody_came_When_recording_zero_Then_it_is_a_no_show_that_cannot_be_completed()
    {
        var state = Given(Confirmed());

        var decision = AttendanceDecider.Record(state, Offering, BookingId, 0, Starts.AddHours(1));
        var after = Apply(state, decision);

        Assert.Equal(AttendanceRecorded.NoShowKind, Assert.IsType<AttendanceRecorded>(Assert.Single(decision.Events)).Interaction.Kind);
        Assert.Equal("no-show", after.Find(BookingId)!.Status.Text());
        Assert.Equal(RefusalKind.Conflict, AttendanceDecider.Complete(after, Offering, BookingId, Starts.AddHours(4)).Refused!.Kind);
    }

    [Fact]
    public void Given_a_session_not_started_yet_When_recording_attendance_Then_409()
    {
        var decision = AttendanceDecider.Record(Given(Confirmed()), Offering, BookingId, 3, Starts.AddMinutes(-1));

        Assert.Equal(RefusalKind.Conflict, decision.Refused!.Kind);
        Assert.Empty(decision.Events);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(null)]
    public void Given_a_booking_of_three_When_recording_an_impossible_count_Then_400_naming_attended(int? attended)
    {
        var decision = AttendanceDecider.Record(Given(Confirmed()), Offering, BookingId, attended, Starts.AddHours(1));

        Assert.Equal((RefusalKind.Invalid, "attended"), (decision.Refused!.Kind, decision.Refused.Fields[0].Field));
    }

    [Fact]
    public void Given_a_waitlisted_or_cancelled_booking_When_recording_attendance_Then_409()
    {
        var waitlisted = Given(new BookingWaitlisted(BookingId, SessionId, OfferingId, "experience-tour", [], OrganisationId, 1, Starts.AddDays(-1)));
        var cancelled = Given(Confirmed(),
            new BookingCancelled(BookingId, SessionId, OfferingId, "experience-tour", [], OrganisationId, 3, Starts.AddDays(-2)));

        Assert.Equal(RefusalKind.Conflict, AttendanceDecider.Record(waitlisted, Offering, BookingId, 1, Starts.AddHours(1)).Refused!.Kind);
        Assert.Equal(RefusalKind.Conflict, AttendanceDecider.Record(cancelled, Offering, BookingId, 1, Starts.AddHours(1)).Refused!.Kind);
        Assert.Equal(RefusalKind.NotFound, AttendanceDecider.Record(cancelled, Offering, Guid.NewGuid(), 1, Starts.AddHours(1)).Refused!.Kind);
    }

    [Fact]
    public void Given_an_attended_booking_When_completed_twice_Then_one_participation_completed_and_attendance_is_final()
    {
        var state = Given(Confirmed(),
            new AttendanceRecorded(BookingId, SessionId, OfferingId, "experience-tour", [], OrganisationId, 3, 0, Starts.AddHours(1)));

        var first = AttendanceDecider.Complete(state, Offering, BookingId, Starts.AddHours(4));
        var after = Apply(state, first);
        var second = AttendanceDecider.Complete(after, Offering, BookingId, Starts.AddHours(5));

        var completed = Assert.Single(first.Events.OfType<ParticipationCompleted>());
        Assert.Equal((BookingId, (Guid?)SessionId, OfferingId, InteractionKinds.Completed),
            (completed.ParticipationId, completed.SessionId, completed.OfferingId, completed.Interaction.Kind));
        Assert.Equal(SeatStatus.Completed, after.Find(BookingId)!.Status);
        Assert.False(second.IsRefused);
        Assert.Empty(second.Events);
        Assert.Equal(RefusalKind.Conflict, AttendanceDecider.Record(after, Offering, BookingId, 1, Starts.AddHours(5)).Refused!.Kind);
        Assert.Equal(3, after.SeatsTaken());
    }

    [Fact]
    public void Given_recorded_attendance_When_recorded_again_with_the_same_count_Then_nothing_new_and_a_correction_is_a_new_event()
    {
        var state = Given(Confirmed(),
            new AttendanceRecorded(BookingId, SessionId, OfferingId, "experience-tour", [], OrganisationId, 3, 0, Starts.AddHours(1)));

        Assert.Empty(AttendanceDecider.Record(state, Offering, BookingId, 3, Starts.AddHours(2)).Events);
        var corrected = AttendanceDecider.Record(state, Offering, BookingId, 1, Starts.AddHours(2));
        Assert.Equal(1, Assert.IsType<AttendanceRecorded>(Assert.Single(corrected.Events)).Attended);
    }

    [Fact]
    public void Given_an_attended_booking_When_staff_cancel_it_Then_409()
    {
        var state = Given(Confirmed(),
            new AttendanceRecorded(BookingId, SessionId, OfferingId, "experience-tour", [], OrganisationId, 3, 0, Starts.AddHours(1)));

        var decision = BookingDecider.Cancel(state, Offering, new CancelBooking(BookingId, OrganisationId), TimeSpan.FromHours(48),
            Starts.AddHours(2), byStaff: true);

        Assert.Equal(RefusalKind.Conflict, decision.Refused!.Kind);
    }
}
