namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>An accepted application became an engagement; its stream id is its own (never the application's or the organisation's).</summary>
internal sealed record EngagementStarted(
    Guid EngagementId,
    Guid ApplicationId,
    Guid OrganisationId,
    Guid OfferingId,
    IReadOnlyList<string> Topics,
    DateOnly StartsOn,
    int Weeks,
    DateTimeOffset StartedAt);

/// <summary>Staff re-planned the timeline (start and length in weeks).</summary>
internal sealed record TimelinePlanned(Guid EngagementId, DateOnly StartsOn, int Weeks, DateTimeOffset At);

/// <summary>Someone joined the team. Name and e-mail address are personal data (masked on erasure).</summary>
internal sealed record TeamMemberAdded(Guid EngagementId, Guid MemberId, string Side, string Name, string? Email, Guid? AccountId, DateTimeOffset At);

/// <summary>Someone left the team.</summary>
internal sealed record TeamMemberRemoved(Guid EngagementId, Guid MemberId, DateTimeOffset At);

/// <summary>The sides a team member can be on.</summary>
internal static class TeamSides
{
    public const string Staff = "staff";
    public const string Sme = "sme";
}
