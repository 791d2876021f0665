namespace Kompetenzzentrum.Modules.Networking.Introductions;

/// <summary>What a command decided: events to append, nothing (a repeat), or a conflict (409).</summary>
internal sealed record Decision(IReadOnlyList<object> Events, string? Conflict)
{
    public static Decision Nothing { get; } = new([], null);

    public static Decision Emit(object e) => new([e], null);

    public static Decision Emit(object e, IEnumerable<object> more) => new([e, .. more], null);

    public static Decision Refuse(string conflict) => new([], conflict);
}

/// <summary>
/// The double opt-in as pure functions of the state, the acting side and the time. The caller has checked
/// that the acting organisation is a side of the introduction.
/// </summary>
internal static class IntroductionDecisions
{
    public static Decision Accept(Introduction state, Guid side, DateTimeOffset now) =>
        state.IsClosed() ? Decision.Refuse("The introduction is closed.")
        : state.HasAccepted(side) ? Decision.Nothing
        : Decision.Emit(new IntroductionAccepted(state.Id, side, state.Topics, now),
            side == state.SmeId ? IntroductionNeeds.For(state.SmeId, state.Topics, IntroductionNeeds.SmeAccepted, "introduction-accepted", now) : []);

    // A side may still say no after its own yes, as long as the other side has not said yes too.
    public static Decision Decline(Introduction state, Guid side, string? reason, DateTimeOffset now) =>
        state.DeclinedBy == side ? Decision.Nothing
        : state.IsClosed() ? Decision.Refuse("The introduction is closed.")
        : state.IsConnected() ? Decision.Refuse("Both sides accepted; record an outcome instead.")
        : Decision.Emit(new IntroductionDeclined(state.Id, side, reason, now));

    public static Decision RecordMeeting(Introduction state, Guid side, DateOnly heldOn, DateTimeOffset now) =>
        !state.IsConnected() ? Decision.Refuse("A meeting needs both sides to have accepted.")
        : state.Outcome is not null ? Decision.Refuse("The outcome is already recorded.")
        : Decision.Emit(new IntroductionMeetingHeld(state.Id, side, heldOn, now));

    // The steps come in order: proposal, both yes, meeting, outcome.
    public static Decision RecordOutcome(Introduction state, Guid side, IntroductionOutcome outcome, string? reason, DateTimeOffset now)
    {
        if (!state.IsConnected())
        {
            return Decision.Refuse("An outcome needs both sides to have accepted.");
        }
        if (state.MeetingHeldOn is null)
        {
            return Decision.Refuse("Record the meeting first; an outcome follows a meeting.");
        }
        if (state.Outcome is not null)
        {
            return Decision.Refuse("The outcome is already recorded.");
        }
        var recorded = new IntroductionOutcomeRecorded(state.Id, side, outcome, reason, now, state.Topics);
        return Decision.Emit(recorded, IntroductionNeeds.For(state.SmeId, state.Topics, IntroductionNeeds.OfOutcome(outcome), recorded.Interaction.Kind, now));
    }

    /// <summary>A new introduction: the proposal and the SME's need signals on its topics.</summary>
    public static IReadOnlyList<object> Propose(Guid id, Guid smeId, Guid startupId, IReadOnlyList<string> topics, DateTimeOffset now) =>
        [new IntroductionProposed(id, smeId, startupId, topics, now), .. IntroductionNeeds.For(smeId, topics, IntroductionNeeds.Proposed, "introduction-proposed", now)];

    public static Decision Withdraw(Introduction state, DateTimeOffset now) =>
        state.Withdrawn ? Decision.Nothing
        : state.IsClosed() || state.IsConnected() ? Decision.Refuse("Only an open introduction can be withdrawn.")
        : Decision.Emit(new IntroductionWithdrawn(state.Id, now));
}
