namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>The KPI targets a funded program promised the funding body.</summary>
/// <param name="OrganisationsReached">Distinct organisations that took part in at least one offering.</param>
/// <param name="Participations">Participations over all the program's offerings.</param>
/// <param name="SatisfiedShare">Share of feedback answers rating the offering good or very good (4 or 5 of 5), in percent (0–100).</param>
public sealed record ProgramTargets(int OrganisationsReached, int Participations, int SatisfiedShare);

/// <summary>A funded program period as other modules may know it: no staff names, only what a report needs.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="Name">Its name, as staff gave it.</param>
/// <param name="Starts">First day of its term.</param>
/// <param name="Ends">Last day of its term.</param>
/// <param name="Targets">Its KPI targets.</param>
public sealed record ProgramTerm(Guid ProgramId, string Name, DateOnly Starts, DateOnly Ends, ProgramTargets Targets);

/// <summary>
/// Finds a funded program by its id, so that the module keeping the research data can report a program's figures
/// against its targets (the report to the funding body). Implemented by the module that keeps the programs.
/// </summary>
public interface IProgramDirectory
{
    /// <summary>The program, or null when there is none with this id.</summary>
    Task<ProgramTerm?> FindAsync(Guid programId, CancellationToken cancellationToken);
}
