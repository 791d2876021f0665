namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>A funded program's KPI figures over its whole period, counted as they are reported to the funding body.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="OrganisationsReached">Distinct organisations with any interaction with the program's offerings.</param>
/// <param name="Participations">Completed participations in the program's offerings.</param>
/// <param name="FeedbackAnswers">Feedback surveys answered.</param>
/// <param name="SatisfiedShare">Share of answers rating the offering good or very good (4 or 5 of 5), in percent; null without answers.</param>
public sealed record ProgramKpiFigures(Guid ProgramId, int OrganisationsReached, int Participations, int FeedbackAnswers, double? SatisfiedShare);

/// <summary>
/// Reads programs' KPI figures, so that the catalog's program dashboard can set them against the program's
/// targets. Implemented by the module that keeps the research data; absent when it is not installed.
/// </summary>
public interface IProgramKpis
{
    /// <summary>The figures of every program that has any; programs without figures are missing from the list.</summary>
    Task<IReadOnlyList<ProgramKpiFigures>> TotalsAsync(CancellationToken cancellationToken);
}
