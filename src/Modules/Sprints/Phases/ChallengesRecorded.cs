namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>The main challenges found in the analysis (replaces the earlier list).</summary>
internal sealed record ChallengesRecorded(Guid EngagementId, IReadOnlyList<string> Challenges, DateTimeOffset At);
