namespace Kompetenzzentrum.Modules.Sprints.Workshops;

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
