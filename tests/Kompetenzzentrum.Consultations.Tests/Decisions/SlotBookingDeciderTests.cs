using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Experts;

namespace Kompetenzzentrum.Consultations.Tests.Decisions;

public sealed class SlotBookingDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddDays(3);
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid Expert = Guid.NewGuid();
    private static readonly ConsultationOffering Offering = new(Guid.NewGuid(), Guid.NewGuid(), ["ki"], 24, 60, 1, 24, null,
        "https://meet.example.org");

    private static Consultation Requested() =>
        Consultation.Start(new ConsultationRequested(Guid.NewGuid(), Offering.OfferingId, Organisation, ["ki"], Now.AddDays(-1)));

    private static Consultation Answered() =>
        Requested().Evolve(new ConsultationQuestionnaireAnswered(Guid.Empty, Organisation, Offering.OfferingId, 1,
            new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, int>(), [], ["ki"], Now.AddDays(-1)));

    private static SlotCandidate Free(DateTimeOffset at, bool free = true) => new(Expert, new Slot(at, at.AddHours(1)), free);

    private static Decided When(Consultation consultation, SlotChangeKind kind, DateTimeOffset? startsAt, params SlotCandidate[] candidates) =>
        new(SlotBookingDecider.Decide(new SlotBookingState(consultation, Offering, candidates),
            new ChangeSlot(Organisation, consultation.Id, kind, startsAt), Now));

    [Fact]
    public void Given_an_answered_consultation_When_a_free_slot_is_booked_Then_the_catalog_is_asked_for_it_under_the_quarter_limit()
    {
        var decided = When(Answered(), SlotChangeKind.Book, Start, Free(Start));

        Assert.Null(decided.Refusal);
        var command = decided.Plan!.Command(TimeProvider.System);
        Assert.Equal((Expert, Start, "consultation:2026-Q4", 1),
            (command.Slot.ResourceId, command.Slot.StartsAt, command.Limit!.Key, command.Limit.Limit));
        var booked = Assert.IsType<ConsultationSlotBooked>(
            SlotBookingDecider.Recorded(decided.Plan, new SlotBooking(command.BookingId, Session, command.Slot), Now));
        Assert.Equal((Session, command.BookingId, Expert, Start), (booked.SlotId, booked.BookingId, booked.ExpertId, booked.StartsAt));
    }

    [Fact]
    public void Given_an_unanswered_consultation_When_a_slot_is_booked_Then_the_questionnaire_comes_first()
    {
        Assert.Equal("consultations.questionnaire-first", When(Requested(), SlotChangeKind.Book, Start, Free(Start)).Refusal);
    }

    [Fact]
    public void Given_the_catalog_finds_the_quarter_used_up_Then_the_consultation_says_so_with_limit_and_quarter()
    {
        var plan = When(Answered(), SlotChangeKind.Book, Start, Free(Start)).Plan!;

        var refusal = SlotBookingDecider.InOwnWords(Refusal.Conflict(SlotRefusals.LimitReached), plan);

        Assert.Equal("consultations.quota-reached", refusal.Code);
        Assert.Equal(("1", "2026-Q4"), (refusal.Args["limit"]?.ToString(), refusal.Args["quarter"]?.ToString()));
    }

    [Fact]
    public void Given_the_only_slot_was_taken_meanwhile_When_it_is_booked_Then_it_is_no_longer_free()
    {
        Assert.Equal("consultations.slot-taken", When(Answered(), SlotChangeKind.Book, Start, Free(Start, free: false)).Refusal);
        var plan = When(Answered(), SlotChangeKind.Book, Start, Free(Start)).Plan!;
        Assert.Equal("consultations.slot-taken", SlotBookingDecider.InOwnWords(Refusal.Conflict(SlotRefusals.Taken), plan).Code);
    }

    [Fact]
    public void Given_a_start_within_the_minimum_notice_When_it_is_booked_Then_the_field_is_named()
    {
        var decided = When(Answered(), SlotChangeKind.Book, Now.AddHours(2), Free(Now.AddHours(2)));

        Assert.Equal("common.invalid", decided.Refusal);
        Assert.Equal("startsAt", Assert.Single(decided.Fields));
    }

    [Fact]
    public void Given_a_booked_consultation_When_it_is_cancelled_in_time_Then_the_catalog_cancels_and_the_consultation_records_it()
    {
        var booked = Booked(Start);

        var decided = When(booked, SlotChangeKind.Cancel, null);

        Assert.Equal(SlotChangeKind.Cancel, decided.Plan!.Kind);
        Assert.IsType<ConsultationCancelled>(SlotBookingDecider.Recorded(decided.Plan,
            new SlotBooking(booked.BookingId!.Value, Session, new SlotOption(Expert, Start, Start.AddHours(1))), Now));
    }

    [Fact]
    public void Given_a_booked_consultation_When_it_is_cancelled_within_the_notice_Then_it_is_too_late()
    {
        Assert.Equal("consultations.change-too-late", When(Booked(Now.AddHours(5)), SlotChangeKind.Cancel, null).Refusal);
    }

    [Fact]
    public void Given_a_booked_consultation_When_it_is_booked_again_Then_it_must_be_moved()
    {
        Assert.Equal("consultations.already-booked", When(Booked(Start), SlotChangeKind.Book, Start.AddDays(1), Free(Start.AddDays(1))).Refusal);
    }

    [Fact]
    public void Given_a_booked_consultation_When_it_moves_within_the_quarter_Then_the_catalog_moves_it_and_the_slot_changes()
    {
        var later = Start.AddHours(2);

        var decided = When(Booked(Start), SlotChangeKind.Move, later, Free(later));

        Assert.Null(decided.Refusal);
        Assert.Equal(SlotChangeKind.Move, decided.Plan!.Kind);
        var command = decided.Plan.Command(TimeProvider.System);
        var moved = Assert.IsType<ConsultationRescheduled>(
            SlotBookingDecider.Recorded(decided.Plan, new SlotBooking(command.BookingId, Session, command.Slot), Now));
        Assert.Equal((later, command.BookingId), (moved.StartsAt, moved.BookingId));
    }

    private static readonly Guid Session = Guid.NewGuid();

    private static Consultation Booked(DateTimeOffset at)
    {
        var answered = Answered();
        return answered.Evolve(new ConsultationSlotBooked(answered.Id, Organisation, Offering.OfferingId, ["ki"], Session, Expert, at, at.AddHours(1),
            Now.AddDays(-1), Guid.NewGuid()));
    }

    // What the decider decided, read for assertions: the plan, or the refusal's code and fields.
    private sealed record Decided(Result<SlotPlan> Result)
    {
        public SlotPlan? Plan => Result.Succeeded ? Result.Value : null;

        public string? Refusal => Result.Refusal?.Code;

        public IReadOnlyList<string> Fields => Result.Refusal?.Fields.Select(f => f.Field).ToList() ?? [];
    }
}
