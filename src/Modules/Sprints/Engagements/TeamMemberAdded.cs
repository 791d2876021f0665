namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>Someone joined the team. Name and e-mail address are personal data (masked on erasure).</summary>
internal sealed record TeamMemberAdded(Guid EngagementId, Guid MemberId, string Side, string Name, string? Email, Guid? AccountId, DateTimeOffset At);
