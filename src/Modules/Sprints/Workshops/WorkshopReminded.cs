namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>The participants were reminded of a workshop (once per version of it).</summary>
internal sealed record WorkshopReminded(Guid EngagementId, Guid WorkshopId, int Sequence, DateTimeOffset At);
