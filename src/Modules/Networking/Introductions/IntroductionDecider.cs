using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>
/// The double opt-in as pure functions of the state, the acting side and the time; a decision without events is a
/// repeat. The caller has checked that the acting organisation is a side of the introduction.
/// </summary>
internal static class IntroductionDecider
{
    public static Decision Accept(Introduction state, Guid side, DateTimeOffset now) =>
        state.IsClosed() ? Refusal.Conflict("networking.introduction-closed")
        : state.HasAccepted(side) ? Decision.Accept()
        : Decision.Accept([new IntroductionAccepted(state.Id, side, state.Topics, now),
            .. side == state.SmeId ? IntroductionNeeds.For(state.SmeId, state.Topics, IntroductionNeeds.SmeAccepted, "introduction-accepted", now)
                : []]);

    // A side may still say no after its own yes, as long as the other side has not said yes too.
    public static Decision Decline(Introduction state, Guid side, string? reason, DateTimeOffset now) =>
        state.DeclinedBy == side ? Decision.Accept()
        : state.IsClosed() ? Refusal.Conflict("networking.introduction-closed")
        : state.IsConnected() ? Refusal.Conflict("networking.introduction-connected")
        : Decision.Accept(new IntroductionDeclined(state.Id, side, reason, now));

    public static Decision RecordMeeting(Introduction state, Guid side, DateOnly heldOn, DateTimeOffset now) =>
        !state.IsConnected() ? Refusal.Conflict("networking.meeting-needs-both")
        : state.Outcome is not null ? Refusal.Conflict("networking.outcome-already-recorded")
        : Decision.Accept(new IntroductionMeetingHeld(state.Id, side, heldOn, now));

    // The steps come in order: proposal, both yes, meeting, outcome.
    public static Decision RecordOutcome(Introduction state, Guid side, IntroductionOutcome outcome, string? reason, DateTimeOffset now)
    {
        if (!state.IsConnected())
        {
            return Refusal.Conflict("networking.outcome-needs-both");
        }
        if (state.MeetingHeldOn is null)
        {
            return Refusal.Conflict("networking.outcome-needs-meeting");
        }
        if (state.Outcome is not null)
        {
            return Refusal.Conflict("networking.outcome-already-recorded");
        }
        var recorded = new IntroductionOutcomeRecorded(state.Id, side, outcome, reason, now, state.Topics);
        return Decision.Accept(
            [recorded, .. IntroductionNeeds.For(state.SmeId, state.Topics, IntroductionNeeds.OfOutcome(outcome), recorded.Interaction.Kind, now)]);
    }

    /// <summary>A new introduction: the proposal and the SME's need signals on its topics.</summary>
    public static IReadOnlyList<object> Propose(Guid id, Guid smeId, Guid startupId, IReadOnlyList<string> topics, DateTimeOffset now) =>
        [new IntroductionProposed(id, smeId, startupId, topics, now),
            .. IntroductionNeeds.For(smeId, topics, IntroductionNeeds.Proposed, "introduction-proposed", now)];

    public static Decision Withdraw(Introduction state, DateTimeOffset now) =>
        state.Withdrawn ? Decision.Accept()
        : state.IsClosed() || state.IsConnected() ? Refusal.Conflict("networking.withdraw-open-only")
        : Decision.Accept(new IntroductionWithdrawn(state.Id, now));
}
