namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>Staff corrected a program's name, term, responsible person or targets; the whole new state, as created.</summary>
internal sealed record ProgramChanged(Guid ProgramId, string Name, DateOnly Starts, DateOnly Ends, string ResponsibleStaff, KpiTargets Targets);
