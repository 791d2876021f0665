using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Modules.Consultations.Merges;
using Kompetenzzentrum.Modules.Consultations.Research;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>An organisation started a consultation request for a consultation offering.</summary>
internal sealed record ConsultationRequested(
    Guid ConsultationId,
    Guid OfferingId,
    Guid OrganisationId,
    IReadOnlyList<string> Topics,
    DateTimeOffset RequestedAt);

/// <summary>
/// The organisation answered the questionnaire (choice keys and scale values; free texts stay out of the
/// event, with the module's personal data). Answering again before the booking replaces the answers.
/// </summary>
internal sealed record ConsultationQuestionnaireAnswered(
    Guid ConsultationId, Guid OrganisationId, Guid OfferingId, int QuestionnaireVersion, IReadOnlyDictionary<string, IReadOnlyList<string>> Choices,
    IReadOnlyDictionary<string, int> Scales, IReadOnlyList<string> TextAnswered, IReadOnlyList<string> Topics, DateTimeOffset AnsweredAt)
        : IInteractionEvent
{
    [JsonIgnore]
    public Interaction Interaction =>
        new(OrganisationId, Topics, OfferingId, ConsultationsModuleKeys.OfferingType, InteractionKinds.Answered, AnsweredAt);
}

/// <summary>
/// A slot was booked for the consultation: catalog booking <paramref name="BookingId"/> in the slot's catalog session
/// <paramref name="SlotId"/>. The catalog's <c>BookingConfirmed</c> of the same transaction is the research fact.
/// </summary>
internal sealed record ConsultationSlotBooked(
    Guid ConsultationId,
    Guid OrganisationId,
    Guid OfferingId,
    IReadOnlyList<string> Topics,
    Guid SlotId,
    Guid ExpertId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset BookedAt,
    Guid BookingId = default);

/// <summary>The organisation moved its consultation to another slot, as catalog booking <paramref name="BookingId"/>.</summary>
internal sealed record ConsultationRescheduled(
    Guid ConsultationId,
    Guid SlotId,
    Guid ExpertId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset RescheduledAt,
    Guid BookingId = default);

/// <summary>
/// The organisation cancelled its booked consultation; the slot is free again. The catalog's <c>BookingCancelled</c> of
/// the same transaction is the research fact.
/// </summary>
internal sealed record ConsultationCancelled(
    Guid ConsultationId,
    Guid OrganisationId,
    Guid OfferingId,
    IReadOnlyList<string> Topics,
    DateTimeOffset CancelledAt);

/// <summary>The expert recorded the talk as held, recommending catalog offerings (texts are kept outside the event).</summary>
internal sealed record ConsultationHeld(Guid ConsultationId, IReadOnlyList<Guid> RecommendedOfferingIds, DateTimeOffset HeldAt);

/// <summary>The organisation said which topics it wants to follow up on.</summary>
internal sealed record ConsultationFollowUpRequested(Guid ConsultationId, IReadOnlyList<string> Topics, DateTimeOffset RequestedAt);

internal enum ConsultationStatus
{
    Requested,
    Answered,
    Booked,
    Cancelled,
    Held,
}

/// <summary>One consultation: its answers, its slot and what came of it.</summary>
internal sealed record Consultation(
    Guid Id, Guid OfferingId, Guid OrganisationId, IReadOnlyList<string> OfferingTopics, ConsultationStatus Status, int QuestionnaireVersion,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Choices, IReadOnlyDictionary<string, int> Scales,
    Guid? SlotId, Guid? ExpertId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int Sequence,
    IReadOnlyList<Guid> RecommendedOfferingIds, IReadOnlyList<string> FollowUpTopics, Guid? BookingId = null)
{
    public bool Answered => QuestionnaireVersion > 0;

    public static Consultation Start(ConsultationRequested e) =>
        new(e.ConsultationId, e.OfferingId, e.OrganisationId, e.Topics, ConsultationStatus.Requested, 0,
        new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, int>(), null, null, null, null, 0, [], []);

    public Consultation Evolve(object e) => e switch
    {
        ConsultationQuestionnaireAnswered a =>
            this with { Status = ConsultationStatus.Answered, QuestionnaireVersion = a.QuestionnaireVersion, Choices = a.Choices, Scales = a.Scales },
        ConsultationSlotBooked b =>
            this with
            {
                Status = ConsultationStatus.Booked,
                SlotId = b.SlotId,
                ExpertId = b.ExpertId,
                StartsAt = b.StartsAt,
                EndsAt = b.EndsAt,
                BookingId = b.BookingId,
            },
        ConsultationRescheduled r =>
            this with
            {
                SlotId = r.SlotId,
                ExpertId = r.ExpertId,
                StartsAt = r.StartsAt,
                EndsAt = r.EndsAt,
                Sequence = Sequence + 1,
                BookingId = r.BookingId,
            },
        ConsultationCancelled => this with { Status = ConsultationStatus.Cancelled, Sequence = Sequence + 1 },
        ConsultationHeld h => this with { Status = ConsultationStatus.Held, RecommendedOfferingIds = h.RecommendedOfferingIds },
        ConsultationFollowUpRequested f => this with { FollowUpTopics = f.Topics },
        ConsultationMovedToOrganisation m => this with { OrganisationId = m.OrganisationId },
        _ => this,
    };
}

internal sealed partial class ConsultationProjection : SingleStreamProjection<Consultation, Guid>
{
    public static Consultation Create(ConsultationRequested e) => Consultation.Start(e);

    public static Consultation Apply(ConsultationQuestionnaireAnswered e, Consultation c) => c.Evolve(e);

    public static Consultation Apply(ConsultationSlotBooked e, Consultation c) => c.Evolve(e);

    public static Consultation Apply(ConsultationRescheduled e, Consultation c) => c.Evolve(e);

    public static Consultation Apply(ConsultationCancelled e, Consultation c) => c.Evolve(e);

    public static Consultation Apply(ConsultationHeld e, Consultation c) => c.Evolve(e);

    public static Consultation Apply(ConsultationFollowUpRequested e, Consultation c) => c.Evolve(e);

    public static Consultation Apply(ConsultationMovedToOrganisation e, Consultation c) => c.Evolve(e);
}
