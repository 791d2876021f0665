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
    private const string Segment = "organisation_pseudonym <> 'erased' and ($3::text is null or federal_state = $3) and ($4::text is null or size_class = $4)";

    private string T(ResearchTable table) => $"{schema.Name}.{table}";

    public async Task<DashboardFigures> LoadAsync(DashboardFilter filter, CancellationToken ct)
    {
        var interactions = $"from {T(ResearchTables.Interactions)} where occurred_at >= $1 and occurred_at < $2 and {Segment}";
        var needsFrom = $"from {T(ResearchTables.NeedSignals)} where occurred_at >= $1 and occurred_at < $2 and {Segment}";
        var feedbackFrom = $"from {T(ResearchTables.Feedback)} where answered_at >= $1 and answered_at < $2 and {Segment}";
        var latestMaturity = $"(select distinct on (organisation_pseudonym) organisation_pseudonym, overall_score, dimension_scores from {T(ResearchTables.MaturityResults)} "
            + $"where assessed_at >= $1 and assessed_at < $2 and {Segment} order by organisation_pseudonym, assessed_at desc) latest";

        var organisations = (await RowsAsync($"select count(distinct organisation_pseudonym)::int {interactions}", r => r.GetInt32(0), filter, ct))[0];
        var signals = (await RowsAsync($"select count(*)::int {needsFrom}", r => r.GetInt32(0), filter, ct))[0];
        var (answers, answering, mean) = (await RowsAsync(
            $"select count(*)::int, count(distinct organisation_pseudonym)::int, coalesce(avg(satisfaction), 0)::float8 {feedbackFrom}",
            r => (r.GetInt32(0), r.GetInt32(1), r.GetDouble(2)), filter, ct))[0];
        var needs = await RowsAsync(
            $"select topic, count(distinct organisation_pseudonym)::int n {needsFrom} group by topic order by n desc, topic",
            r => (r.GetString(0), r.GetInt32(1)), filter, ct);
        var levels = await RowsAsync(
            "select case when overall_score < 25 then 'Einsteiger' when overall_score < 50 then 'Entdecker' when overall_score < 75 then 'Gestalter' else 'Vorreiter' end, "
            + $"count(*)::int from {latestMaturity} group by 1",
            r => (r.GetString(0), r.GetInt32(1)), filter, ct);
        var dimensions = await RowsAsync(
            $"select d.key, avg(d.value::float8)::float8, count(*)::int from {latestMaturity} cross join lateral jsonb_each_text(coalesce(latest.dimension_scores, '{{}}'::jsonb)) d group by d.key",
            r => (r.GetString(0), r.GetDouble(1), r.GetInt32(2)), filter, ct);
        var participation = await RowsAsync(
            "select month, offering_type, count(*) filter (where kind = 'booked')::int, count(*) filter (where kind = 'completed')::int, count(distinct organisation_pseudonym)::int "
            + $"{interactions} and offering_type is not null and kind in ('booked', 'completed') group by month, offering_type order by month, offering_type",
            r => (r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), filter, ct);
        var satisfaction = await RowsAsync(
            $"select offering_type, count(distinct organisation_pseudonym)::int, avg(satisfaction)::float8 {feedbackFrom} group by offering_type order by offering_type",
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
