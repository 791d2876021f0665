using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Sprints.Periods;

/// <summary>Staff opened a program period with a number of sprints it can carry.</summary>
internal sealed record PeriodOpened(Guid PeriodId, string Name, DateOnly StartsOn, DateOnly EndsOn, int Capacity, DateTimeOffset At);

/// <summary>Staff changed how many sprints the period carries.</summary>
internal sealed record PeriodCapacityChanged(Guid PeriodId, int Capacity, DateTimeOffset At);

/// <summary>An accepted application took one of the period's sprints.</summary>
internal sealed record PeriodSprintTaken(Guid PeriodId, Guid ApplicationId, Guid EngagementId, DateTimeOffset At);

/// <summary>A program period and the sprints it has taken; accepting beyond <see cref="Capacity"/> is refused.</summary>
internal sealed record ProgramPeriod(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, int Capacity, IReadOnlyList<Guid> Engagements)
{
    public int Taken => Engagements.Count;

    public int Free => Math.Max(0, Capacity - Taken);
}

internal sealed partial class ProgramPeriodProjection : SingleStreamProjection<ProgramPeriod, Guid>
{
    public static ProgramPeriod Create(PeriodOpened e) => new(e.PeriodId, e.Name, e.StartsOn, e.EndsOn, e.Capacity, []);

    public static ProgramPeriod Apply(PeriodCapacityChanged e, ProgramPeriod p) => p with { Capacity = e.Capacity };

    public static ProgramPeriod Apply(PeriodSprintTaken e, ProgramPeriod p) => p with { Engagements = [.. p.Engagements, e.EngagementId] };
}
