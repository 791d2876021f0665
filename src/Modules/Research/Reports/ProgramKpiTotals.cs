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
        await using var command = database.CreateCommand(
            $"with f as (select program_id, count(distinct organisation_pseudonym)::int reached, count(distinct event_id) filter (where kind = 'completed')::int participations "
            + $"from (select program_id, organisation_pseudonym, event_id, kind from {s}.{ResearchTables.Interactions} "
            + $"union all select program_id, null, event_id, kind from {s}.{ResearchTables.CountedInteractions}) x where program_id is not null group by program_id), "
            + $"a as (select program_id, count(*)::int answers, avg(case when satisfaction >= 4 then 100.0 else 0.0 end)::float8 satisfied "
            + $"from {s}.{ResearchTables.Feedback} where program_id is not null group by program_id) "
            + "select coalesce(f.program_id, a.program_id), coalesce(f.reached, 0), coalesce(f.participations, 0), coalesce(a.answers, 0), a.satisfied "
            + "from f full join a on f.program_id = a.program_id");
        var figures = new List<ProgramKpiFigures>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            figures.Add(new ProgramKpiFigures(reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetDouble(4)));
        }
        return figures;
    }
}
