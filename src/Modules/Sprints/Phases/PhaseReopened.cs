namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>The team went back from one phase to an earlier one; the phases from there on are open again.</summary>
internal sealed record PhaseReopened(Guid EngagementId, Phase From, Phase To, string? Reason, DateTimeOffset At);
