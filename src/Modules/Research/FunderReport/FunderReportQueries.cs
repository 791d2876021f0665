using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Reports;
using Kompetenzzentrum.Modules.Research.Tables;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>
/// A program's figures for the funding body, each one grouped query in PostgreSQL over the research tables of organisations
/// that consented to research. A participation is a completed one (<c>kind = 'completed'</c>, one event, several topic rows).
/// Rows of erased organisations count as participations but not as organisations.
/// </summary>
internal sealed class FunderReportQueries(NpgsqlDataSource database, ResearchSchema schema)
{
    private static InteractionsTable I => ResearchTables.Interactions;
    private static MaturityResultsTable M => ResearchTables.MaturityResults;
    private static FeedbackTable F => ResearchTables.Feedback;

    private string Of(ResearchTable table) => $"{schema.Name}.{table}";

    // The program's completed participations in the period ($1 program, $2 from, $3 to exclusive), one row per event.
    private string Participations =>
        $"select distinct {I.EventId} e, nullif({I.OrganisationPseudonym}, 'erased') o, {I.OfferingType} format, {I.FederalState} state, "
        + $"{I.SizeClass} size, {I.Industry} industry from {Of(I)} "
        + $"where {I.ProgramId} = $1 and {I.Kind} = 'completed' and {I.OccurredAt} >= $2 and {I.OccurredAt} < $3";

    private static string Group(string dimension, string key) =>
        $"select '{dimension}', {key}, count(distinct o)::int, count(distinct e)::int from p group by 2";

    public async Task<FunderFigures> LoadAsync(Guid program, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        object[] args = [program, from, to];
        var breakdowns = await RowsAsync(
            $"with p as ({Participations}) "
            + $"{Group(Dimensions.Format, "format")} union all {Group(Dimensions.FederalState, "state")} "
            + $"union all {Group(Dimensions.SizeClass, "size")} union all {Group(Dimensions.Industry, "industry")} "
            + $"union all {Group(Dimensions.Crafts, "case when industry = any($4) then 'crafts' else 'other' end")} "
            + $"union all select '{Dimensions.Total}', null, count(distinct o)::int, count(distinct e)::int from p",
            r => new GroupFigures(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2), r.GetInt32(3)),
            [.. args, Dimensions.CraftsSections.ToArray()], ct);
        var reached = await RowsAsync(
            $"with p as ({Participations}), first as (select {I.OrganisationPseudonym} o, min({I.OccurredAt}) at from {Of(I)} "
            + $"where {I.Kind} = 'completed' and {I.OrganisationPseudonym} in (select o from p) group by 1) "
            + "select count(*) filter (where at >= $2)::int, count(*) filter (where at < $2)::int from first",
            r => (New: r.GetInt32(0), Returning: r.GetInt32(1)), args, ct);
        var answers = await RowsAsync(
            $"select count(*)::int, count(distinct nullif({F.OrganisationPseudonym}, 'erased'))::int, avg({F.Satisfaction})::float8, "
            + $"(100.0 * count(*) filter (where {F.Satisfaction} >= 4) / nullif(count(*), 0))::float8 from {Of(F)} "
            + $"where {F.ProgramId} = $1 and {F.AnsweredAt} >= $2 and {F.AnsweredAt} < $3",
            r => (Count: r.GetInt32(0), Organisations: r.GetInt32(1), Mean: Nullable(r, 2), Share: Nullable(r, 3)), args, ct);
        var maturity = await RowsAsync(
            $"with p as ({Participations}), "
            + $"t0 as (select distinct on ({M.OrganisationPseudonym}) {M.OrganisationPseudonym} o, {M.OverallScore} s from {Of(M)} "
            + $"where {M.Round} = 0 order by {M.OrganisationPseudonym}, {M.AssessedAt}), "
            + $"t1 as (select distinct on ({M.OrganisationPseudonym}) {M.OrganisationPseudonym} o, {M.OverallScore} s from {Of(M)} "
            + $"where {M.Round} >= 1 and {M.AssessedAt} < $3 order by {M.OrganisationPseudonym}, {M.Round} desc, {M.AssessedAt} desc) "
            + "select count(*)::int, avg(t0.s)::float8, avg(t1.s)::float8 from (select distinct o from p where o is not null) x "
            + "join t0 using (o) join t1 using (o)",
            r => (Organisations: r.GetInt32(0), T0: Nullable(r, 1), T1: Nullable(r, 2)), args, ct);
        var (a, m) = (answers[0], maturity[0]);
        return new FunderFigures(
            breakdowns, reached[0].New, reached[0].Returning, a.Count, a.Organisations, a.Mean, a.Share, m.Organisations, m.T0, m.T1);
    }

    private static double? Nullable(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read, object[] parameters, CancellationToken ct) =>
        database.ReportRowsAsync(sql, read, parameters, ct);
}
