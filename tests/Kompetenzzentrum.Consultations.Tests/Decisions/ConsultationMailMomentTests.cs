using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Notifications;

namespace Kompetenzzentrum.Consultations.Tests.Decisions;

/// <summary>Which mail a catalog slot booking calls for, from the consultation's events, without a database.</summary>
public sealed class ConsultationMailMomentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid Offering = Guid.NewGuid();
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    private static readonly object[] Booked =
    [
        new ConsultationRequested(Id, Offering, Organisation, ["ki"], Now),
        new ConsultationSlotBooked(Id, Organisation, Offering, ["ki"], Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(3), Now.AddDays(3).AddHours(1),
            Now, First),
    ];

    private static readonly object Moved =
        new ConsultationRescheduled(Id, Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(4), Now.AddDays(4).AddHours(1), Now, Second);

    private static readonly object Cancelled = new ConsultationCancelled(Id, Organisation, Offering, ["ki"], Now);

    [Fact]
    public void A_booking_is_mailed_as_booked_at_sequence_0_and_reminded_while_it_stands()
    {
        var booked = ConsultationMailMoment.Find(Booked, First, SlotMailKind.Booked);

        Assert.Equal(ConsultationMailTemplates.Booked, booked?.Template);
        Assert.Equal(0, booked?.Consultation.Sequence);
        Assert.Equal(ConsultationMailTemplates.Reminder, ConsultationMailMoment.Find(Booked, First, SlotMailKind.Reminder)?.Template);
        Assert.Null(ConsultationMailMoment.Find(Booked, First, SlotMailKind.Cancelled));
    }

    [Fact]
    public void A_move_mails_the_new_booking_as_moved_and_nothing_for_the_old_one()
    {
        object[] history = [.. Booked, Moved];

        Assert.Null(ConsultationMailMoment.Find(history, First, SlotMailKind.Cancelled));
        Assert.Null(ConsultationMailMoment.Find(history, First, SlotMailKind.Reminder));
        var moved = ConsultationMailMoment.Find(history, Second, SlotMailKind.Booked);
        Assert.Equal(ConsultationMailTemplates.Rescheduled, moved?.Template);
        Assert.Equal(1, moved?.Consultation.Sequence);
        Assert.Equal(Now.AddDays(4), moved?.Consultation.StartsAt);
        // The first booking's confirmation, mailed late, still shows the consultation as it was then.
        Assert.Equal(0, ConsultationMailMoment.Find(history, First, SlotMailKind.Booked)?.Consultation.Sequence);
        Assert.Equal(ConsultationMailTemplates.Reminder, ConsultationMailMoment.Find(history, Second, SlotMailKind.Reminder)?.Template);
    }

    [Fact]
    public void A_cancellation_after_a_move_is_mailed_for_the_booking_it_ended_and_stops_its_reminder()
    {
        object[] history = [.. Booked, Moved, Cancelled];

        var cancelled = ConsultationMailMoment.Find(history, Second, SlotMailKind.Cancelled);

        Assert.Equal(ConsultationMailTemplates.Cancelled, cancelled?.Template);
        Assert.Equal(2, cancelled?.Consultation.Sequence);
        Assert.Equal(ConsultationStatus.Cancelled, cancelled?.Consultation.Status);
        Assert.Null(ConsultationMailMoment.Find(history, Second, SlotMailKind.Reminder));
        Assert.Null(ConsultationMailMoment.Find(history, First, SlotMailKind.Cancelled));
    }

    [Fact]
    public void A_booking_the_consultation_does_not_name_is_not_mailed()
    {
        Assert.Null(ConsultationMailMoment.Find(Booked, Guid.NewGuid(), SlotMailKind.Booked));
        Assert.Null(ConsultationMailMoment.Find(Booked, Guid.NewGuid(), SlotMailKind.Reminder));
    }
}
