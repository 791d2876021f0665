namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>An idea of the ideation phase, with the topics it is about.</summary>
internal sealed record IdeaAdded(Guid EngagementId, Guid IdeaId, string Title, string Description, IReadOnlyList<string> Topics, DateTimeOffset At);
