namespace Kompetenzzentrum.Modules.Sprints.FollowUp;

/// <summary>The follow-up survey and the prompt to repeat the maturity check were mailed.</summary>
internal sealed record FollowUpSent(Guid EngagementId, int Recipients, DateTimeOffset At);
