namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>The key insights of the synthesis (replaces the earlier list).</summary>
internal sealed record InsightsRecorded(Guid EngagementId, IReadOnlyList<string> Insights, DateTimeOffset At);
