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

/// <summary>A workshop moved or changed; its calendar entry's SEQUENCE rises.</summary>
internal sealed record WorkshopRescheduled(
    Guid EngagementId,
    Guid WorkshopId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? Link,
    IReadOnlyList<Guid> Participants,
    DateTimeOffset At);

/// <summary>A workshop was cancelled.</summary>
internal sealed record WorkshopCancelled(Guid EngagementId, Guid WorkshopId, DateTimeOffset At);

/// <summary>The participants were reminded of a workshop (once per version of it).</summary>
internal sealed record WorkshopReminded(Guid EngagementId, Guid WorkshopId, int Sequence, DateTimeOffset At);
