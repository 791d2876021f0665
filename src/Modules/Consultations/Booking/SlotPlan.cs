using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Slots;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// What the consultation asks of the catalog's slot engine once its own rules passed: book or move to
/// <paramref name="Candidate"/>'s slot, counted against the organisation's limit for <paramref name="Quarter"/>, or cancel.
/// </summary>
internal sealed record SlotPlan(SlotChangeKind Kind, Consultation Consultation, SlotCandidate? Candidate, string? Quarter, int QuarterlyLimit)
{
    /// <summary>The key the catalog counts a quarter's consultations of one organisation under.</summary>
    public static string LimitKey(string quarter) => "consultation:" + quarter;

    /// <summary>The catalog command for a booking or move, as a new booking.</summary>
    public BookSlot Command(TimeProvider clock) =>
        new(Ids.New(clock), Consultation.OfferingId, Consultation.OrganisationId,
            new SlotOption(Candidate!.ExpertId, Candidate.Slot.StartsAt, Candidate.Slot.EndsAt), new SlotLimit(LimitKey(Quarter!), QuarterlyLimit));
}
