namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>A funded program period was set up.</summary>
internal sealed record ProgramCreated(Guid ProgramId, string Name, DateOnly Starts, DateOnly Ends, string ResponsibleStaff);
