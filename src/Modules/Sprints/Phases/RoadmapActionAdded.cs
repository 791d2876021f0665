namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>An action of the transfer roadmap, with who does it and by when.</summary>
internal sealed record RoadmapActionAdded(Guid EngagementId, Guid ActionId, string Title, string Owner, DateOnly DueOn, DateTimeOffset At);
