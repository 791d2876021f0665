using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>A workshop session of a phase: when, where (a place or a link) and which team members take part.</summary>
internal sealed record WorkshopScheduled(
    Guid EngagementId,
    Guid WorkshopId,
    Phase Phase,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? Link,
    IReadOnlyList<Guid> Participants,
    DateTimeOffset At);
