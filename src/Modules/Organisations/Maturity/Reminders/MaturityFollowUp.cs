using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Maturity.Merges;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Reminders;

/// <summary>The organisation was invited to round <paramref name="Round"/> of the check. Internal.</summary>
internal sealed record MaturityPromptSent(Guid OrganisationId, int Round, DateTimeOffset At);

/// <summary>Stream of the prompts: derived from the organisation id, like the check's own stream.</summary>
internal static class MaturityPromptStreams
{
    public static Guid Of(Guid organisationId) => Ids.Derived("organisations-maturity-prompts", organisationId);
}

/// <summary>
/// When the next round of the check is due, keyed by the organisation id: the first offering the organisation
/// completed after its latest round starts the clock; a new round or a sent prompt stops it.
/// </summary>
internal sealed record MaturityFollowUp(Guid Id, int NextRound, DateTimeOffset? LastRoundAt, DateTimeOffset? FirstCompletedAt, bool Prompted)
{
    /// <summary>Whether the prompt for <see cref="NextRound"/> is due at <paramref name="now"/>.</summary>
    public bool IsDue(TimeSpan delay, DateTimeOffset now) => !Prompted && FirstCompletedAt is { } first && first + delay <= now;

    public MaturityFollowUp Completed(DateTimeOffset at) =>
        LastRoundAt is { } round && at < round ? this
        : this with { FirstCompletedAt = FirstCompletedAt is { } first && first <= at ? first : at };
}

internal sealed partial class MaturityFollowUpProjection : MultiStreamProjection<MaturityFollowUp, Guid>
{
    public MaturityFollowUpProjection()
    {
        Identity<ParticipationCompleted>(e => e.OrganisationId);
        Identity<MaturityCheckCompleted>(e => e.OrganisationId);
        Identity<MaturityPromptSent>(e => e.OrganisationId);
        Identity<MaturityFollowUpMerged>(e => e.OrganisationId);
        Identity<ParticipationsMovedOut>(e => e.OrganisationId);
        DeleteEvent<ParticipationsMovedOut>();
    }

    public static MaturityFollowUp Create(ParticipationCompleted e) => new(e.OrganisationId, 0, null, e.CompletedAt, false);

    public static MaturityFollowUp Create(MaturityCheckCompleted e) => new(e.OrganisationId, e.Round + 1, e.At, null, false);

    public static MaturityFollowUp Create(MaturityPromptSent e) => new(e.OrganisationId, e.Round, null, null, true);

    public static MaturityFollowUp Create(MaturityFollowUpMerged e) => Merged(e);

    public static MaturityFollowUp Apply(ParticipationCompleted e, MaturityFollowUp f) => f.Completed(e.CompletedAt);

    public static MaturityFollowUp Apply(MaturityFollowUpMerged e, MaturityFollowUp f) => Merged(e);

    public static MaturityFollowUp Apply(MaturityCheckCompleted e, MaturityFollowUp f) =>
        f with { NextRound = e.Round + 1, LastRoundAt = e.At, FirstCompletedAt = null, Prompted = false };

    public static MaturityFollowUp Apply(MaturityPromptSent e, MaturityFollowUp f) => e.Round == f.NextRound ? f with { Prompted = true } : f;

    private static MaturityFollowUp Merged(MaturityFollowUpMerged e) =>
        new(e.OrganisationId, e.NextRound, e.LastRoundAt, e.FirstCompletedAt, e.Prompted);
}
