namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>An idea was chosen for the transfer (or the choice withdrawn).</summary>
internal sealed record IdeaChosen(Guid EngagementId, Guid IdeaId, bool Chosen, DateTimeOffset At);
