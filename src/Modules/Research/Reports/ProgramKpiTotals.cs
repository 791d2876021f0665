using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>
/// The catalog's program dashboard reads the same figures as the KPI export (<see cref="ProgramKpis"/>), over
/// each program's whole period; satisfaction as the share of answers rating 4 or 5, as the targets are set.
/// </summary>
internal sealed class ProgramKpiTotals(NpgsqlDataSource database, ResearchSchema schema) : IProgramKpis
{
    public async Task<IReadOnlyList<ProgramKpiFigures>> TotalsAsync(CancellationToken cancellationToken)
    {
        var s = schema.Name;
        var (i, c, f) = (ResearchTables.Interactions, ResearchTables.CountedInteractions, ResearchTables.Feedback);
        await using var command = database.CreateCommand(
            "with f as (select program_id, count(distinct organisation_pseudonym)::int reached, count(distinct event_id) "
            + "filter (where kind = 'completed')::int participations "
            + $"from (select {i.ProgramId} as program_id, {i.OrganisationPseudonym} as organisation_pseudonym, {i.EventId} as event_id, {i.Kind} "
            + $"as kind from {s}.{i} "
            + $"union all select {c.ProgramId}, null, {c.EventId}, {c.Kind} from {s}.{c}) x where program_id is not null group by program_id), "
            + $"a as (select {f.ProgramId} as program_id, count(*)::int answers, avg(case when {f.Satisfaction} >= 4 then 100.0 "
            + "else 0.0 end)::float8 satisfied "
            + $"from {s}.{f} where {f.ProgramId} is not null group by {f.ProgramId}) "
            + "select coalesce(f.program_id, a.program_id), coalesce(f.reached, 0), coalesce(f.participations, 0), coalesce(a.answers, 0), "
            + "a.satisfied "
            + "from f full join a on f.program_id = a.program_id");
        var figures = new List<ProgramKpiFigures>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            figures.Add(new ProgramKpiFigures(
                reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetDouble(4)));
        }
        return figures;
    }
}
