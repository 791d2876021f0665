namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>An idea was assessed: value, effort and risk, each 1 (low) to 5 (high).</summary>
internal sealed record IdeaAssessed(Guid EngagementId, Guid IdeaId, int Value, int Effort, int Risk, DateTimeOffset At);
