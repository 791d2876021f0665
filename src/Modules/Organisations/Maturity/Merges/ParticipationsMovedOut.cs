namespace Kompetenzzentrum.Modules.Organisations.Maturity.Merges;

/// <summary>
/// The duplicate's follow-up state merged into the survivor's (<see cref="FollowUpMerge.Combine"/>), on the survivor's prompt
/// stream: the projection takes these values, so a rebuild lands on the survivor too. Internal.
/// </summary>
internal sealed record MaturityFollowUpMerged(
    Guid OrganisationId, Guid FromOrganisationId, int NextRound, DateTimeOffset? LastRoundAt, DateTimeOffset? FirstCompletedAt, bool Prompted);

/// <summary>The duplicate had completed a participation by <paramref name="FirstCompletedAt"/>: the survivor counts as a peer. Internal.</summary>
internal sealed record ConfirmedParticipationMovedIn(Guid OrganisationId, Guid FromOrganisationId, DateTimeOffset FirstCompletedAt);

/// <summary>The duplicate's follow-up and peer records moved to <paramref name="SurvivorId"/>; its own are deleted. Internal.</summary>
internal sealed record ParticipationsMovedOut(Guid OrganisationId, Guid SurvivorId);
