using System.Text.Json.Serialization;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Modules.Networking.Merges;
using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Networking.Introductions;

internal enum IntroductionOutcome
{
    Cooperation,
    Pilot,
    NoFit,
}

/// <summary>Staff (or a side, from a proposal) suggested that an SME and a startup meet. Research counts it for the SME.</summary>
internal sealed record IntroductionProposed(Guid IntroductionId, Guid SmeId, Guid StartupId, IReadOnlyList<string> Topics, DateTimeOffset At)
    : IInteractionEvent
{
    [JsonIgnore]
    public Interaction Interaction => new(SmeId, Topics, null, null, "introduction-proposed", At);
}

/// <summary>One side said yes. Research counts it as an interaction of that organisation.</summary>
internal sealed record IntroductionAccepted(Guid IntroductionId, Guid OrganisationId, IReadOnlyList<string> Topics, DateTimeOffset At)
    : IInteractionEvent
{
    [JsonIgnore]
    public Interaction Interaction => new(OrganisationId, Topics, null, null, "introduction-accepted", At);
}

/// <summary>One side said no. Private: the other side only ever sees the introduction as closed.</summary>
internal sealed record IntroductionDeclined(Guid IntroductionId, Guid OrganisationId, string? Reason, DateTimeOffset At);

/// <summary>Staff closed the introduction; to the sides it looks like any other closing.</summary>
internal sealed record IntroductionWithdrawn(Guid IntroductionId, DateTimeOffset At);

internal sealed record IntroductionMeetingHeld(Guid IntroductionId, Guid RecordedBy, DateOnly HeldOn, DateTimeOffset At);

/// <summary>
/// What came of it. Research counts the outcome (never the free-text reason) for the side that recorded it;
/// a cooperation or pilot on the introduction's topics is a need signal for them.
/// </summary>
internal sealed record IntroductionOutcomeRecorded(
    Guid IntroductionId,
    Guid RecordedBy,
    IntroductionOutcome Outcome,
    string? Reason,
    DateTimeOffset At,
    IReadOnlyList<string> Topics)
    : IInteractionEvent
{
    [JsonIgnore]
    public Interaction Interaction => new(RecordedBy, Topics, null, null, "introduction-outcome-" + Outcome.ToString().ToLowerInvariant(), At);
}

/// <summary>
/// One side was erased: the introduction closes for good and its free-text reasons go (the earlier events' reasons
/// are masked in place).
/// </summary>
internal sealed record IntroductionPartyErased(Guid IntroductionId, Guid OrganisationId, DateTimeOffset At);

/// <summary>An introduction as staff see it; each side gets an <see cref="IntroductionView"/> instead.</summary>
internal sealed record Introduction(
    Guid Id,
    Guid SmeId,
    Guid StartupId,
    IReadOnlyList<string> Topics,
    bool SmeAccepted,
    bool StartupAccepted,
    Guid? DeclinedBy,
    bool Withdrawn,
    DateOnly? MeetingHeldOn,
    IntroductionOutcome? Outcome,
    string? OutcomeReason,
    Guid? OutcomeRecordedBy,
    DateTimeOffset ProposedAt,
    bool PartyErased = false)
{
    public bool IsParty(Guid organisationId) => organisationId == SmeId || organisationId == StartupId;

    public bool HasAccepted(Guid organisationId) => organisationId == SmeId ? SmeAccepted : StartupAccepted;

    public Guid OtherSide(Guid organisationId) => organisationId == SmeId ? StartupId : SmeId;

    public bool IsClosed() => DeclinedBy is not null || Withdrawn || PartyErased;

    /// <summary>Both sides accepted and nobody closed it: only now may each see the other's contact.</summary>
    public bool IsConnected() => SmeAccepted && StartupAccepted && !IsClosed();
}

internal sealed partial class IntroductionProjection : SingleStreamProjection<Introduction, Guid>
{
    public static Introduction Create(IntroductionProposed e) =>
        new(e.IntroductionId, e.SmeId, e.StartupId, e.Topics, false, false, null, false, null, null, null, null, e.At);

    public static Introduction Apply(IntroductionAccepted e, Introduction i) =>
        e.OrganisationId == i.SmeId ? i with { SmeAccepted = true } : i with { StartupAccepted = true };

    public static Introduction Apply(IntroductionDeclined e, Introduction i) => i with { DeclinedBy = e.OrganisationId };

    public static Introduction Apply(IntroductionWithdrawn e, Introduction i) => i with { Withdrawn = true };

    public static Introduction Apply(IntroductionMeetingHeld e, Introduction i) => i with { MeetingHeldOn = e.HeldOn };

    public static Introduction Apply(IntroductionOutcomeRecorded e, Introduction i) =>
        i with { Outcome = e.Outcome, OutcomeReason = e.Reason, OutcomeRecordedBy = e.RecordedBy };

    public static Introduction Apply(IntroductionPartyErased e, Introduction i) => i with { OutcomeReason = null, PartyErased = true };

    public static Introduction Apply(IntroductionPartyMoved e, Introduction i)
    {
        Guid Moved(Guid id) => id == e.FromOrganisationId ? e.OrganisationId : id;
        return i with
        {
            SmeId = Moved(i.SmeId),
            StartupId = Moved(i.StartupId),
            DeclinedBy = i.DeclinedBy is { } declined ? Moved(declined) : null,
            OutcomeRecordedBy = i.OutcomeRecordedBy is { } recorder ? Moved(recorder) : null,
        };
    }
}
