using Marten.Events.Aggregation;

namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>A program as the catalog lists it.</summary>
internal sealed record ProgramSummary(Guid Id, string Name, DateOnly Starts, DateOnly Ends, string ResponsibleStaff, KpiTargets Targets);

/// <summary>Keeps <see cref="ProgramSummary"/> in step with the program stream.</summary>
internal sealed partial class ProgramSummaryProjection : SingleStreamProjection<ProgramSummary, Guid>
{
    public static ProgramSummary Create(ProgramCreated e) => new(e.ProgramId, e.Name, e.Starts, e.Ends, e.ResponsibleStaff, e.Targets);
}
