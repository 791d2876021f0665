using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>The report's figures, each one grouped query in PostgreSQL over the read models.</summary>
internal sealed class NeedsReportQueries(NpgsqlDataSource database, ResearchSchema schema)
{
    private string I => $"{schema.Name}.{ResearchTables.Interactions}";
    private string N => $"{schema.Name}.{ResearchTables.NeedSignals}";
    private string M => $"{schema.Name}.{ResearchTables.MaturityResults}";
    private string F => $"{schema.Name}.{ResearchTables.Feedback}";

    // What organisations were interested in: the topics of their interactions and of their need signals.
    private string Interest(string range) =>
        $"select industry, topic, organisation_pseudonym, occurred_at from {I} where {range} and topic <> '(none)' and organisation_pseudonym <> 'erased' "
        + $"union all select industry, topic, organisation_pseudonym, occurred_at from {N} where {range} and organisation_pseudonym <> 'erased'";

    public async Task<NeedsReportFigures> LoadAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset previousFrom, CancellationToken ct)
    {
        var bySegment = await RowsAsync(
            $"select coalesce(industry, '?'), topic, count(distinct organisation_pseudonym)::int from ({Interest("occurred_at >= $1 and occurred_at < $2")}) x group by 1, 2",
            r => ("WZ " + r.GetString(0), r.GetString(1), r.GetInt32(2)), ct, from, to);
        var changes = await RowsAsync(
            "select topic, count(distinct organisation_pseudonym) filter (where occurred_at >= $1)::int, "
            + "count(distinct organisation_pseudonym) filter (where occurred_at < $1)::int "
            + $"from ({Interest("occurred_at >= $3 and occurred_at < $2")}) x group by topic",
            r => (r.GetString(0), r.GetInt32(1), r.GetInt32(2)), ct, from, to, previousFrom);
        var maturity = await RowsAsync(
            $"with t0 as (select distinct on (organisation_pseudonym) organisation_pseudonym p, overall_score s from {M} where round = 0 order by organisation_pseudonym, assessed_at), "
            + $"t1 as (select distinct on (organisation_pseudonym) organisation_pseudonym p, overall_score s from {M} where round >= 1 and assessed_at >= $1 and assessed_at < $2 "
            + "order by organisation_pseudonym, round desc, assessed_at desc), "
            + $"part as (select distinct organisation_pseudonym p, coalesce(offering_type, '?') g from {I} where kind = 'completed' and occurred_at < $2 and organisation_pseudonym <> 'erased'), "
            + "pairs as (select part.g, part.p, t0.s s0, t1.s s1 from part join t0 on t0.p = part.p join t1 on t1.p = part.p) "
            + "select g, count(*)::int, avg(s0), avg(s1) from pairs group by g "
            + "union all select '(alle)', count(*)::int, coalesce(avg(s0), 0), coalesce(avg(s1), 0) from (select distinct p, s0, s1 from pairs) y",
            r => (r.GetString(0), r.GetInt32(1), r.GetDouble(2), r.GetDouble(3)), ct, from, to);
        var satisfaction = await RowsAsync(
            "select offering_type, count(distinct organisation_pseudonym)::int, avg(satisfaction)::float8, avg(usefulness)::float8, "
            + "(100.0 * (count(*) filter (where recommendation >= 9) - count(*) filter (where recommendation <= 6)) / count(*))::float8 "
            + $"from {F} where answered_at >= $1 and answered_at < $2 and organisation_pseudonym <> 'erased' group by offering_type",
            r => (r.GetString(0), r.GetInt32(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4)), ct, from, to);
        var funnel = await RowsAsync(
            "select coalesce(offering_type, '?'), "
            + "count(distinct organisation_pseudonym) filter (where kind = 'viewed')::int, count(distinct organisation_pseudonym) filter (where kind = 'booked')::int, "
            + "count(distinct organisation_pseudonym) filter (where kind = 'attended')::int, count(distinct organisation_pseudonym) filter (where kind = 'completed')::int "
            + $"from {I} where occurred_at >= $1 and occurred_at < $2 and organisation_pseudonym <> 'erased' and offering_type is not null group by 1",
            r => (r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), ct, from, to);
        return new NeedsReportFigures(bySegment, changes, maturity, satisfaction, funnel);
    }

    private async Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct, params object[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
