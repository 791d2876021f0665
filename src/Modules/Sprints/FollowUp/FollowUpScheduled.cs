namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>The transfer was completed: the follow-up survey is due at <paramref name="DueAt"/>.</summary>
internal sealed record FollowUpScheduled(Guid EngagementId, DateTimeOffset DueAt);
