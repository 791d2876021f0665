namespace Kompetenzzentrum.Modules.Catalog.Programs;

/// <summary>What a funded program promises the funding body.</summary>
/// <param name="OrganisationsReached">Distinct organisations that took part in at least one offering.</param>
/// <param name="Participations">Confirmed participations over all offerings.</param>
/// <param name="Satisfaction">Share of participants rating the offering good or very good, in percent (0–100).</param>
internal sealed record KpiTargets(int OrganisationsReached, int Participations, int Satisfaction);

/// <summary>A funded program period was set up.</summary>
internal sealed record ProgramCreated(Guid ProgramId, string Name, DateOnly Starts, DateOnly Ends, string ResponsibleStaff, KpiTargets Targets);
