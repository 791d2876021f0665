using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Reports;

/// <summary>The report's figures, each one grouped query in PostgreSQL over the read models.</summary>
internal sealed class NeedsReportQueries(NpgsqlDataSource database, ResearchSchema schema)
{
    private static InteractionsTable I => ResearchTables.Interactions;
    private static NeedSignalsTable N => ResearchTables.NeedSignals;
    private static MaturityResultsTable M => ResearchTables.MaturityResults;
    private static FeedbackTable F => ResearchTables.Feedback;

    private string Of(ResearchTable table) => $"{schema.Name}.{table}";

    // What organisations were interested in: the topics of their interactions and of their need signals, in the
    // interactions' column names, from the parameter `from` (inclusive) to `to`.
    private string Interest(string from, string to) =>
        $"select {I.Industry}, {I.Topic}, {I.OrganisationPseudonym}, {I.OccurredAt} from {Of(I)} "
        + $"where {I.OccurredAt} >= {from} and {I.OccurredAt} < {to} and {I.Topic} <> '(none)' and {I.OrganisationPseudonym} <> 'erased' "
        + $"union all select {N.Industry}, {N.Topic}, {N.OrganisationPseudonym}, {N.OccurredAt} from {Of(N)} "
        + $"where {N.OccurredAt} >= {from} and {N.OccurredAt} < {to} and {N.OrganisationPseudonym} <> 'erased'";

    public async Task<NeedsReportFigures> LoadAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset previousFrom, CancellationToken ct)
    {
        var bySegment = await RowsAsync(
            $"select coalesce({I.Industry}, '?'), {I.Topic}, count(distinct {I.OrganisationPseudonym})::int from ({Interest("$1", "$2")}) x "
                + "group by 1, 2",
            r => ("WZ " + r.GetString(0), r.GetString(1), r.GetInt32(2)), ct, from, to);
        var changes = await RowsAsync(
            $"select {I.Topic}, count(distinct {I.OrganisationPseudonym}) filter (where {I.OccurredAt} >= $1)::int, "
            + $"count(distinct {I.OrganisationPseudonym}) filter (where {I.OccurredAt} < $1)::int "
            + $"from ({Interest("$3", "$2")}) x group by {I.Topic}",
            r => (r.GetString(0), r.GetInt32(1), r.GetInt32(2)), ct, from, to, previousFrom);
        var maturity = await RowsAsync(
            $"with t0 as (select distinct on ({M.OrganisationPseudonym}) {M.OrganisationPseudonym} p, {M.OverallScore} s from {Of(M)} "
            + $"where {M.Round} = 0 "
            + $"order by {M.OrganisationPseudonym}, {M.AssessedAt}), "
            + $"t1 as (select distinct on ({M.OrganisationPseudonym}) {M.OrganisationPseudonym} p, {M.OverallScore} s from {Of(M)} "
            + $"where {M.Round} >= 1 and {M.AssessedAt} >= $1 and {M.AssessedAt} < $2 order by {M.OrganisationPseudonym}, {M.Round} desc, "
            + $"{M.AssessedAt} desc), "
            + $"part as (select distinct {I.OrganisationPseudonym} p, coalesce({I.OfferingType}, '?') g from {Of(I)} "
            + $"where {I.Kind} = 'completed' and {I.OccurredAt} < $2 and {I.OrganisationPseudonym} <> 'erased'), "
            + "pairs as (select part.g, part.p, t0.s s0, t1.s s1 from part join t0 on t0.p = part.p join t1 on t1.p = part.p) "
            + "select g, count(*)::int, avg(s0), avg(s1) from pairs group by g "
            + "union all select '(alle)', count(*)::int, coalesce(avg(s0), 0), coalesce(avg(s1), 0) from (select distinct p, s0, s1 from pairs) y",
            r => (r.GetString(0), r.GetInt32(1), r.GetDouble(2), r.GetDouble(3)), ct, from, to);
        var satisfaction = await RowsAsync(
            $"select {F.OfferingType}, count(distinct {F.OrganisationPseudonym})::int, avg({F.Satisfaction})::float8, avg({F.Usefulness})::float8, "
            + $"(100.0 * (count(*) filter (where {F.Recommendation} >= 9) - count(*) filter (where {F.Recommendation} <= 6)) / count(*))::float8 "
            + $"from {Of(F)} where {F.AnsweredAt} >= $1 and {F.AnsweredAt} < $2 and {F.OrganisationPseudonym} <> 'erased' group by {F.OfferingType}",
            r => (r.GetString(0), r.GetInt32(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4)), ct, from, to);
        var organisations = $"count(distinct {I.OrganisationPseudonym})";
        var funnel = await RowsAsync(
            $"select coalesce({I.OfferingType}, '?'), "
            + $"{organisations} filter (where {I.Kind} = 'viewed')::int, {organisations} filter (where {I.Kind} = 'booked')::int, "
            + $"{organisations} filter (where {I.Kind} = 'attended')::int, {organisations} filter (where {I.Kind} = 'completed')::int "
            + $"from {Of(I)} where {I.OccurredAt} >= $1 and {I.OccurredAt} < $2 and {I.OrganisationPseudonym} <> 'erased' "
            + $"and {I.OfferingType} is not null group by 1",
            r => (r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), ct, from, to);
        return new NeedsReportFigures(bySegment, changes, maturity, satisfaction, funnel);
    }

    private Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct, params object[] parameters) =>
        database.ReportRowsAsync(sql, read, parameters, ct);
}
