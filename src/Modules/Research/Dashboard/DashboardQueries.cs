using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Reports;
using Kompetenzzentrum.Modules.Research.Tables;
using Npgsql;
using NpgsqlTypes;

namespace Kompetenzzentrum.Modules.Research.Dashboard;

/// <summary>What the dashboard shows; counts are distinct organisations (pseudonyms) unless named events.</summary>
internal sealed record DashboardFigures(
    int Organisations,
    int NeedSignals,
    int FeedbackAnswers,
    int FeedbackOrganisations,
    double Satisfaction,
    IReadOnlyList<(string Topic, int Organisations)> Needs,
    IReadOnlyList<(string Level, int Organisations)> Levels,
    IReadOnlyList<(string Dimension, double Mean)> Dimensions,
    int DimensionOrganisations,
    IReadOnlyList<(string Month, string Format, int Booked, int Completed, int Organisations)> Participation,
    IReadOnlyList<(string Format, int Organisations, double Satisfaction)> SatisfactionByFormat);

/// <summary>
/// The dashboard's figures, each a grouped query in PostgreSQL over the research read models, filtered by
/// period and segment. Groups of fewer than five organisations are dropped here, before any page sees them.
/// </summary>
internal sealed class DashboardQueries(NpgsqlDataSource database, ResearchSchema schema)
{
    private static InteractionsTable I => ResearchTables.Interactions;
    private static NeedSignalsTable N => ResearchTables.NeedSignals;
    private static FeedbackTable F => ResearchTables.Feedback;
    private static MaturityResultsTable M => ResearchTables.MaturityResults;

    /// <summary>Rows of a pseudonymous table in the period and the segment chosen (parameters $1 to $4).</summary>
    private string From(PseudonymousTable table, Column at) =>
        $"from {schema.Name}.{table} where {at} >= $1 and {at} < $2 and {table.OrganisationPseudonym} <> 'erased' "
        + $"and ($3::text is null or {table.FederalState} = $3) and ($4::text is null or {table.SizeClass} = $4)";

    public async Task<DashboardFigures> LoadAsync(DashboardFilter filter, CancellationToken ct)
    {
        var interactions = From(I, I.OccurredAt);
        var needsFrom = From(N, N.OccurredAt);
        var feedbackFrom = From(F, F.AnsweredAt);
        var latestMaturity = $"(select distinct on ({M.OrganisationPseudonym}) {M.OrganisationPseudonym}, {M.OverallScore}, {M.DimensionScores} "
            + $"{From(M, M.AssessedAt)} "
            + $"order by {M.OrganisationPseudonym}, {M.AssessedAt} desc) latest";

        var organisations =
            (await RowsAsync($"select count(distinct {I.OrganisationPseudonym})::int {interactions}", r => r.GetInt32(0), filter, ct))[0];
        var signals = (await RowsAsync($"select count(*)::int {needsFrom}", r => r.GetInt32(0), filter, ct))[0];
        var (answers, answering, mean) = (await RowsAsync(
            $"select count(*)::int, count(distinct {F.OrganisationPseudonym})::int, coalesce(avg({F.Satisfaction}), 0)::float8 {feedbackFrom}",
            r => (r.GetInt32(0), r.GetInt32(1), r.GetDouble(2)), filter, ct))[0];
        var needs = await RowsAsync(
            $"select {N.Topic}, count(distinct {N.OrganisationPseudonym})::int n {needsFrom} group by {N.Topic} order by n desc, {N.Topic}",
            r => (r.GetString(0), r.GetInt32(1)), filter, ct);
        var score = M.OverallScore;
        var levels = await RowsAsync(
            $"select case when {score} < 25 then 'Einsteiger' when {score} < 50 then 'Entdecker' when {score} < 75 then 'Gestalter' "
            + "else 'Vorreiter' end, "
            + $"count(*)::int from {latestMaturity} group by 1",
            r => (r.GetString(0), r.GetInt32(1)), filter, ct);
        var dimensions = await RowsAsync(
            $"select d.key, avg(d.value::float8)::float8, count(*)::int from {latestMaturity} "
            + $"cross join lateral jsonb_each_text(coalesce(latest.{M.DimensionScores}, '{{}}'::jsonb)) d group by d.key",
            r => (r.GetString(0), r.GetDouble(1), r.GetInt32(2)), filter, ct);
        var participation = await RowsAsync(
            $"select {I.Month}, {I.OfferingType}, count(*) filter (where {I.Kind} = 'booked')::int, count(*) "
            + $"filter (where {I.Kind} = 'completed')::int, "
            + $"count(distinct {I.OrganisationPseudonym})::int {interactions} and {I.OfferingType} is not null and {I.Kind} "
            + "in ('booked', 'completed') "
            + $"group by {I.Month}, {I.OfferingType} order by {I.Month}, {I.OfferingType}",
            r => (r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), filter, ct);
        var satisfaction = await RowsAsync(
            $"select {F.OfferingType}, count(distinct {F.OrganisationPseudonym})::int, avg({F.Satisfaction})::float8 {feedbackFrom} "
                + $"group by {F.OfferingType} order by {F.OfferingType}",
            r => (r.GetString(0), r.GetInt32(1), r.GetDouble(2)), filter, ct);

        var dimensionOrganisations = dimensions.Count == 0 ? 0 : dimensions.Min(d => d.Item3);
        return new DashboardFigures(
            organisations,
            signals,
            answers,
            answering,
            Suppression.Hides(answering) ? double.NaN : mean,
            [.. needs.Where(n => !Suppression.Hides(n.Item2))],
            [.. levels.Where(l => !Suppression.Hides(l.Item2))],
            Suppression.Hides(dimensionOrganisations) ? [] : [.. dimensions.Select(d => (d.Item1, d.Item2))],
            dimensionOrganisations,
            [.. participation.Where(p => !Suppression.Hides(p.Item5))],
            [.. satisfaction.Where(s => !Suppression.Hides(s.Item2))]);
    }

    private async Task<List<TRow>> RowsAsync<TRow>(string sql, Func<NpgsqlDataReader, TRow> read, DashboardFilter filter, CancellationToken ct)
    {
        await using var command = database.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = filter.FromInstant, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = filter.ToInstant, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.FederalState ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)filter.SizeClass ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<TRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
