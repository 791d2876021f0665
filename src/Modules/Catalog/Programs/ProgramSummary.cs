using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>A program as the catalog lists it; <see cref="ClosedAt"/> once staff closed it.</summary>
internal sealed record ProgramSummary(
    Guid Id, string Name, DateOnly Starts, DateOnly Ends, string ResponsibleStaff, KpiTargets Targets, DateTimeOffset? ClosedAt = null)
{
    public bool Closed => ClosedAt is not null;
}

/// <summary>Keeps <see cref="ProgramSummary"/> in step with the program stream.</summary>
internal sealed partial class ProgramSummaryProjection : SingleStreamProjection<ProgramSummary, Guid>
{
    public static ProgramSummary Create(ProgramCreated e) => new(e.ProgramId, e.Name, e.Starts, e.Ends, e.ResponsibleStaff, e.Targets);

    public static ProgramSummary Apply(ProgramChanged e, ProgramSummary p) =>
        p with { Name = e.Name, Starts = e.Starts, Ends = e.Ends, ResponsibleStaff = e.ResponsibleStaff, Targets = e.Targets };

    public static ProgramSummary Apply(ProgramClosed e, ProgramSummary p) => p with { ClosedAt = e.At };
}
