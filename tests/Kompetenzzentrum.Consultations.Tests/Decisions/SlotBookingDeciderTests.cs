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

    private static SlotCandidate Free(DateTimeOffset at, bool taken = false) => new(Expert, new Slot(at, at.AddHours(1)), Free: true, Taken: taken);

    private static Decided When(Consultation consultation, SlotChangeKind kind, DateTimeOffset? startsAt, int quarterUsed = 0,
        params SlotCandidate[] candidates) =>
        new(
            SlotBookingDecider.Decide(new SlotBookingState(consultation, Offering, candidates, quarterUsed),
                new ChangeSlot(Organisation, consultation.Id, kind, startsAt), Now));

    [Fact]
    public void Given_an_answered_consultation_When_a_free_slot_is_booked_Then_quota_slot_and_consultation_streams_get_their_events()
    {
        var decided = When(Answered(), SlotChangeKind.Book, Start, candidates: [Free(Start)]);

        Assert.Null(decided.Refusal);
        Assert.Collection(decided.Events,
            e => Assert.IsType<ConsultationQuotaUsed>(e),
            e => Assert.Equal(Expert, Assert.IsType<ConsultationSlotTaken>(e).ExpertId),
            e => Assert.Equal(Start, Assert.IsType<ConsultationSlotBooked>(e).StartsAt));
    }

    [Fact]
    public void Given_an_unanswered_consultation_When_a_slot_is_booked_Then_the_questionnaire_comes_first()
    {
        Assert.Equal("consultations.questionnaire-first", When(Requested(), SlotChangeKind.Book, Start, candidates: [Free(Start)]).Refusal);
    }

    [Fact]
    public void Given_the_quarter_is_used_up_When_a_slot_is_booked_Then_the_limit_refuses_it()
    {
        Assert.Equal("consultations.quota-reached", When(Answered(), SlotChangeKind.Book, Start, quarterUsed: 1, Free(Start)).Refusal);
    }

    [Fact]
    public void Given_the_only_slot_was_taken_meanwhile_When_it_is_booked_Then_it_is_no_longer_free()
    {
        Assert.Equal("consultations.slot-taken", When(Answered(), SlotChangeKind.Book, Start, candidates: [Free(Start, taken: true)]).Refusal);
    }

    [Fact]
    public void Given_a_start_within_the_minimum_notice_When_it_is_booked_Then_the_field_is_named()
    {
        var decided = When(Answered(), SlotChangeKind.Book, Now.AddHours(2), candidates: [Free(Now.AddHours(2))]);

        Assert.Equal("common.invalid", decided.Refusal);
        Assert.Equal("startsAt", Assert.Single(decided.Fields));
    }

    [Fact]
    public void Given_a_booked_consultation_When_it_is_cancelled_in_time_Then_slot_and_quota_are_released()
    {
        var booked = Booked(Start);

        var decided = When(booked, SlotChangeKind.Cancel, null);

        Assert.Collection(decided.Events,
            e => Assert.IsType<ConsultationSlotReleased>(e),
            e => Assert.IsType<ConsultationQuotaReturned>(e),
            e => Assert.IsType<ConsultationCancelled>(e));
    }

    [Fact]
    public void Given_a_booked_consultation_When_it_is_cancelled_within_the_notice_Then_it_is_too_late()
    {
        Assert.Equal("consultations.change-too-late", When(Booked(Now.AddHours(5)), SlotChangeKind.Cancel, null).Refusal);
    }

    [Fact]
    public void Given_a_booked_consultation_When_it_is_booked_again_Then_it_must_be_moved()
    {
        Assert.Equal("consultations.already-booked",
            When(Booked(Start), SlotChangeKind.Book, Start.AddDays(1), candidates: [Free(Start.AddDays(1))]).Refusal);
    }

    [Fact]
    public void Given_a_booked_consultation_When_it_moves_within_the_quarter_Then_the_quota_stays_and_the_slot_changes()
    {
        var later = Start.AddHours(2);

        var decided = When(Booked(Start), SlotChangeKind.Move, later, quarterUsed: 1, Free(later));

        Assert.Null(decided.Refusal);
        Assert.Collection(decided.Events,
            e => Assert.IsType<ConsultationSlotReleased>(e),
            e => Assert.IsType<ConsultationSlotTaken>(e),
            e => Assert.Equal(later, Assert.IsType<ConsultationRescheduled>(e).StartsAt));
    }

    private static Consultation Booked(DateTimeOffset at)
    {
        var answered = Answered();
        var slot = ConsultationSlot.StreamFor(Expert, at);
        return answered.Evolve(
            new ConsultationSlotBooked(answered.Id, Organisation, Offering.OfferingId, ["ki"], slot, Expert, at, at.AddHours(1), Now.AddDays(-1)));
    }

    // What the decider decided, read for assertions: the events, or the refusal's code and fields.
    private sealed record Decided(Kompetenzzentrum.Contracts.Application.Decision Decision)
    {
        public IReadOnlyList<object> Events => Decision.Events;

        public string? Refusal => Decision.Refused?.Code;

        public IReadOnlyList<string> Fields => Decision.Refused?.Fields.Select(f => f.Field).ToList() ?? [];
    }
}
